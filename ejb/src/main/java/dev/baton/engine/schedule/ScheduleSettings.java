package dev.baton.engine.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Tunables of schedule firing (MicroProfile Config; defaults need no file). */
@ApplicationScoped
public class ScheduleSettings {

    @Inject
    @ConfigProperty(name = "baton.schedule.misfire-threshold-seconds", defaultValue = "60")
    int misfireThresholdSeconds;

    @Inject
    @ConfigProperty(name = "baton.schedule.runs-kept", defaultValue = "100")
    int runsKept;

    /** A tick later than this is missed, and the schedule's catch-up policy decides whether it still runs. */
    public Duration misfireThreshold() {
        return Duration.ofSeconds(Math.max(1, misfireThresholdSeconds));
    }

    /** How many of its newest runs each schedule keeps. */
    public int runsKept() {
        return Math.max(1, runsKept);
    }
}
