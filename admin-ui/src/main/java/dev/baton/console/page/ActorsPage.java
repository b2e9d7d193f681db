package dev.baton.console.page;

import dev.baton.console.facade.ActorFacade;
import dev.baton.console.view.ActorRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Actors: queue depth, age of the oldest ready task, in flight, last poll, completions per minute, blocked;
 * block and unblock with a reason, and edit an actor's task defaults.
 */
@Named
@ViewScoped
public class ActorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActorFacade facade;

    private List<ActorRow> actors = List.of();
    private String reason;
    private String editing;
    private Integer maxAttempts;
    private Double initialIntervalSeconds;
    private Double backoffCoefficient;
    private Double maxIntervalSeconds;
    private Integer timeoutSeconds;
    private Integer scheduleToStartSeconds;

    public void load() {
        actors = facade.actors();
    }

    public String block(String actor) {
        return Messages.act(() -> {
            facade.block(actor, reason);
            Messages.info("Actor " + actor + " blocked: its polls get nothing until it is unblocked.");
            return back();
        });
    }

    public String unblock(String actor) {
        return Messages.act(() -> {
            facade.unblock(actor, reason);
            Messages.info("Actor " + actor + " unblocked.");
            return back();
        });
    }

    /** Opens the defaults form for the actor, filled with its current defaults. */
    public void edit(String actor) {
        actors.stream().filter(a -> a.actor().equals(actor)).findFirst().ifPresent(a -> {
            editing = a.actor();
            maxAttempts = a.maxAttempts();
            initialIntervalSeconds = a.initialIntervalSeconds();
            backoffCoefficient = a.backoffCoefficient();
            maxIntervalSeconds = a.maxIntervalSeconds();
            timeoutSeconds = a.timeoutSeconds();
            scheduleToStartSeconds = a.scheduleToStartSeconds();
        });
    }

    public String saveDefaults() {
        return Messages.act(() -> {
            facade.defaults(editing, maxAttempts, initialIntervalSeconds, backoffCoefficient, maxIntervalSeconds,
                    timeoutSeconds, scheduleToStartSeconds);
            Messages.info("Task defaults of " + editing + " saved; they apply to tasks created from now on.");
            return back();
        });
    }

    public void cancelEdit() {
        editing = null;
    }

    private String back() {
        return "actors?faces-redirect=true";
    }

    public List<ActorRow> getActors() {
        return actors;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEditing() {
        return editing;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Double getInitialIntervalSeconds() {
        return initialIntervalSeconds;
    }

    public void setInitialIntervalSeconds(Double initialIntervalSeconds) {
        this.initialIntervalSeconds = initialIntervalSeconds;
    }

    public Double getBackoffCoefficient() {
        return backoffCoefficient;
    }

    public void setBackoffCoefficient(Double backoffCoefficient) {
        this.backoffCoefficient = backoffCoefficient;
    }

    public Double getMaxIntervalSeconds() {
        return maxIntervalSeconds;
    }

    public void setMaxIntervalSeconds(Double maxIntervalSeconds) {
        this.maxIntervalSeconds = maxIntervalSeconds;
    }

    public Integer getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public void setTimeoutSeconds(Integer timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public Integer getScheduleToStartSeconds() {
        return scheduleToStartSeconds;
    }

    public void setScheduleToStartSeconds(Integer scheduleToStartSeconds) {
        this.scheduleToStartSeconds = scheduleToStartSeconds;
    }
}
