/** {@code /clock}: the engine time of a node, and moving it forward on servers started for tests. */
package dev.baton.web.clock;
