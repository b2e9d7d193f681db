/**
 * A command line for Baton's JMS side, run against a server from outside: send a start or an event, listen to
 * published outcomes, and list, re-drive or drop dead letters. It connects as a remote JMS client through the
 * server's HTTP port (HTTP upgrade to the embedded Artemis broker) with a Baton user: {@code baton-client} for
 * sending and listening, {@code baton-admin} for dead letters. See docs/jms.md.
 */
package dev.baton.cli.jms;
