/** The engine's protocol end to end, on the real EAR in a managed WildFly, spoken over plain HTTP. */
package dev.baton.it.engine;
