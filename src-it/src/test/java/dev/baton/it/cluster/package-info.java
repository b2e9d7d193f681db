/** The node registry and the coordinator on a single server (the multi-node tests are in {@code fault}). */
package dev.baton.it.cluster;
