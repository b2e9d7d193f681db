/**
 * Baton over JMS against the real server and its embedded broker, from a remote JMS client in the test JVM:
 * starts and events through queues, published outcomes, dead letters, security and the JMS command line.
 */
package dev.baton.it.messaging;
