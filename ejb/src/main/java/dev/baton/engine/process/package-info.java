/** Starting processes (durable, effectively-once per business key) and reading them back as views. */
package dev.baton.engine.process;
