package dev.baton.messaging;

/** The JMS destinations Baton uses (created by the server configuration, ear/src/main/server/configure.cli). */
public final class Destinations {

    public static final String START = "java:/jms/queue/baton.start";
    public static final String EVENTS = "java:/jms/queue/baton.events";
    public static final String DEAD_LETTERS = "java:/jms/queue/baton.dlq";
    public static final String PROCESS_EVENTS = "java:/jms/topic/baton.process-events";
    /** The server's pooled, transaction-aware connection factory. */
    public static final String CONNECTION_FACTORY = "java:/JmsXA";

    private Destinations() {
    }

    /** The short name of a destination's JNDI name, as written on dead letters: {@code baton.start}. */
    public static String shortName(String jndiName) {
        return jndiName.substring(jndiName.lastIndexOf('/') + 1);
    }
}
