package dev.baton.console.page;

import dev.baton.console.facade.ProcessFacade;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Starts a process: actor, arguments as a JSON array (checked before anything is sent), business key, deadline. */
@Named
@RequestScoped
public class StartProcessPage {

    @Inject
    ProcessFacade processes;

    private String actor;
    private String args = "[]";
    private String businessKey;
    private Integer deadlineSeconds;

    public String start() {
        return Messages.act(() -> {
            String id = processes.start(actor, args, businessKey, deadlineSeconds);
            Messages.info("Process " + id + " started.");
            return "process?faces-redirect=true&id=" + id;
        });
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getArgs() {
        return args;
    }

    public void setArgs(String args) {
        this.args = args;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public void setBusinessKey(String businessKey) {
        this.businessKey = businessKey;
    }

    public Integer getDeadlineSeconds() {
        return deadlineSeconds;
    }

    public void setDeadlineSeconds(Integer deadlineSeconds) {
        this.deadlineSeconds = deadlineSeconds;
    }
}
