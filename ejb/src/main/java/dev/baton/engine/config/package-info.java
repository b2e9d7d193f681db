/** The engine's settings (MicroProfile Config, with defaults that need no file) and its clock. */
package dev.baton.engine.config;
