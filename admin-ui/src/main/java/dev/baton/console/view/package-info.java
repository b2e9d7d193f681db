/**
 * What the pages show: plain records with every value already formatted (times with their zone, JSON
 * pretty-printed), built by the facades from the engine's views. No entity ever reaches a page.
 */
package dev.baton.console.view;
