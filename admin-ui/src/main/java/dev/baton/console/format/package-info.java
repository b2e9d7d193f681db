/** How the console writes values: instants with their time zone, durations, JSON pretty-printed and collapsed. */
package dev.baton.console.format;
