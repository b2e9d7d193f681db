package dev.baton.engine.dispatch;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes this node's completion counts every five seconds, so the cluster's view of them is never older
 * than that, also after the last completion of a busy minute.
 */
@Singleton
@Startup
@DependsOn("HazelcastMember")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CompletionMeterPublisher {

    private static final Logger LOG = Logger.getLogger(CompletionMeterPublisher.class.getName());

    @Inject
    CompletionMeter meter;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void publish() {
        try {
            meter.publish();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Publishing the completion counts failed; the next run retries", e);
        }
    }
}
