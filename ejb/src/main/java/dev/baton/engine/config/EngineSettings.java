package dev.baton.engine.config;

import dev.baton.domain.task.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Tunables of the engine. Every one has a default that makes the embedded setup work; each can be set
 * as a system property or an environment variable (e.g. {@code BATON_TASK_LEASE_TIMEOUT_SECONDS}).
 */
@ApplicationScoped
public class EngineSettings {

    @Inject
    @ConfigProperty(name = "baton.task.lease-timeout-seconds", defaultValue = "60")
    int leaseTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "baton.task.retry.max-attempts", defaultValue = "3")
    int retryMaxAttempts;

    @Inject
    @ConfigProperty(name = "baton.task.retry.initial-interval-ms", defaultValue = "1000")
    long retryInitialIntervalMs;

    @Inject
    @ConfigProperty(name = "baton.task.retry.backoff-coefficient", defaultValue = "2.0")
    double retryBackoffCoefficient;

    @Inject
    @ConfigProperty(name = "baton.task.retry.max-interval-ms", defaultValue = "60000")
    long retryMaxIntervalMs;

    @Inject
    @ConfigProperty(name = "baton.payload.max-bytes", defaultValue = "262144")
    int payloadMaxBytes;

    @Inject
    @ConfigProperty(name = "baton.decision.max-tasks", defaultValue = "1000")
    int decisionMaxTasks;

    @Inject
    @ConfigProperty(name = "baton.poll.max-tasks", defaultValue = "100")
    int pollMaxTasks;

    @Inject
    @ConfigProperty(name = "baton.poll.max-wait-seconds", defaultValue = "60")
    int pollMaxWaitSeconds;

    @Inject
    @ConfigProperty(name = "baton.recovery.reconcile-grace-seconds", defaultValue = "5")
    int reconcileGraceSeconds;

    @Inject
    @ConfigProperty(name = "baton.recovery.reconcile-interval-seconds", defaultValue = "10")
    int reconcileIntervalSeconds;

    public int leaseTimeoutSeconds() {
        return leaseTimeoutSeconds;
    }

    public RetryPolicy defaultRetryPolicy() {
        return new RetryPolicy(retryMaxAttempts, retryInitialIntervalMs, retryBackoffCoefficient, retryMaxIntervalMs);
    }

    public int payloadMaxBytes() {
        return payloadMaxBytes;
    }

    public int decisionMaxTasks() {
        return decisionMaxTasks;
    }

    public int pollMaxTasks() {
        return pollMaxTasks;
    }

    public int pollMaxWaitSeconds() {
        return pollMaxWaitSeconds;
    }

    public Duration reconcileGrace() {
        return Duration.ofSeconds(reconcileGraceSeconds);
    }

    /** How often the coordinator compares the database's ready tasks with the queues and leases. */
    public Duration reconcileInterval() {
        return Duration.ofSeconds(Math.max(1, reconcileIntervalSeconds));
    }
}
