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

/** Writes this node's finished seconds of completion counts to the cluster every second (every role). */
@Singleton
@Startup
@DependsOn("HazelcastMember")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CompletionMeterPublisher {

    private static final Logger LOG = Logger.getLogger(CompletionMeterPublisher.class.getName());

    @Inject
    CompletionMeter meter;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void publish() {
        try {
            meter.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Writing the completion counts failed; the next second retries", e);
        }
    }
}
