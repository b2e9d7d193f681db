package dev.baton.messaging;

/**
 * Names of the message properties Baton reads and writes; they are part of the wire contract (docs/jms.md) and
 * usable in message selectors.
 */
public final class MessageProperties {

    /** On a dead letter: the stable problem type of why it was dead-lettered, e.g. {@code malformed-json}. */
    public static final String ERROR_TYPE = "baton_error_type";
    /** On a dead letter: the reason in words. */
    public static final String ERROR = "baton_error";
    /** On a dead letter: the queue it came from, {@code baton.start} or {@code baton.events}. */
    public static final String SOURCE = "baton_source";
    /** On a dead letter: how many times it had been delivered. */
    public static final String DELIVERY_COUNT = "baton_delivery_count";
    /** On a dead letter: when it was dead-lettered (ISO-8601). */
    public static final String DEAD_LETTERED_AT = "baton_dead_lettered_at";
    /**
     * The JMS message id the message had when first sent. Kept on dead letters and re-driven messages, so a
     * re-driven start without business key keeps its request key and still starts nothing twice.
     */
    public static final String ORIGINAL_MESSAGE_ID = "baton_original_message_id";

    /** On a published outcome: {@code COMPLETED}, {@code FAILED} or {@code CANCELLED}. */
    public static final String STATE = "baton_state";
    /** On a published outcome: the start actor, {@code name#version}. */
    public static final String ACTOR = "baton_actor";
    public static final String PROCESS_ID = "baton_process_id";
    public static final String BUSINESS_KEY = "baton_business_key";
    /** On a published outcome: the id of this state change (the same on a duplicate, so subscribers can tell). */
    public static final String OUTCOME_ID = "baton_outcome_id";

    /** Artemis duplicate detection: the broker drops a second message with the same value on one address. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    /** Artemis: the body size of a large message, readable before the body is. */
    public static final String LARGE_BODY_SIZE = "_AMQ_LARGE_SIZE";

    private MessageProperties() {
    }
}
