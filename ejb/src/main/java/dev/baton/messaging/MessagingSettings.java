package dev.baton.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Tunables of Baton's JMS side (MicroProfile Config; system property or environment variable, e.g.
 * {@code BATON_JMS_MAX_DELIVERY_ATTEMPTS}). {@code baton.jms.max-delivery-attempts} must match the broker's
 * {@code max-delivery-attempts} of {@code baton.start} and {@code baton.events}: configure.cli reads the same
 * property, so setting it once sets both.
 */
@ApplicationScoped
public class MessagingSettings {

    @Inject
    @ConfigProperty(name = "baton.jms.max-delivery-attempts", defaultValue = "5")
    int maxDeliveryAttempts;

    @Inject
    @ConfigProperty(name = "baton.request.max-bytes", defaultValue = "4194304")
    int maxMessageBytes;

    @Inject
    @ConfigProperty(name = "baton.jms.publish-outcomes", defaultValue = "true")
    boolean publishOutcomes;

    @Inject
    @ConfigProperty(name = "baton.jms.outbox.sweep-after-seconds", defaultValue = "10")
    int sweepAfterSeconds;

    @Inject
    @ConfigProperty(name = "baton.jms.outbox.claim-seconds", defaultValue = "30")
    int claimSeconds;

    @Inject
    @ConfigProperty(name = "baton.jms.request-key-retention-days", defaultValue = "30")
    int requestKeyRetentionDays;

    /** Deliveries of one message before Baton dead-letters it for a failure that might have healed. */
    public int maxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    /** The largest message body read (the same cap as a REST request body). */
    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    /** Whether terminal process states are written to the outbox and published. */
    public boolean publishOutcomes() {
        return publishOutcomes;
    }

    /** How old an outbox entry must be before the sweeper takes it from the relay that should have sent it. */
    public Duration sweepAfter() {
        return Duration.ofSeconds(sweepAfterSeconds);
    }

    /** How long a relay holds the entries it publishes before another node may take them over. */
    public Duration claim() {
        return Duration.ofSeconds(claimSeconds);
    }

    /** How long a start's request key is kept, i.e. how late a redelivered or re-driven start is still recognised. */
    public Duration requestKeyRetention() {
        return Duration.ofDays(requestKeyRetentionDays);
    }
}
