package dev.baton.console.page;

import dev.baton.console.facade.ActorFacade;
import dev.baton.console.facade.Operation;
import dev.baton.console.facade.ProcessDetailFacade;
import dev.baton.console.facade.ProcessFacade;
import dev.baton.console.view.ProcessDetailView;
import dev.baton.domain.common.EngineException;
import dev.baton.domain.common.NotFoundException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * One process: summary, data, task graph and table, timeline, events, "why stuck?", and the actions an
 * administrator may take on it (each a POST that redirects back to the page).
 */
@Named
@ViewScoped
public class ProcessDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProcessDetailFacade details;

    @Inject
    ProcessFacade processes;

    @Inject
    ActorFacade actors;

    private String id;
    private ProcessDetailView view;
    private String reason;
    private String editedArgs;

    public void load() {
        try {
            view = details.detail(id);
            editedArgs = view.restartArgs();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            Messages.error(e.getMessage());
        } catch (EngineException e) {
            Messages.error(e.getMessage());
        }
    }

    public String suspend() {
        return operate(Operation.SUSPEND);
    }

    public String resume() {
        return operate(Operation.RESUME);
    }

    public String cancel() {
        return operate(Operation.CANCEL);
    }

    public String restart() {
        return operate(Operation.RESTART);
    }

    public String abandon() {
        return operate(Operation.ABANDON);
    }

    /** Restarts the task that failed the process with the arguments as edited in the form. */
    public String restartTask() {
        return Messages.act(() -> {
            String state = processes.restartTask(view.causeTaskId(), editedArgs, reason);
            Messages.info("Task " + view.causeTaskId() + " restarted with the edited arguments; the process is " + state + ".");
            return back();
        });
    }

    /** The "why stuck?" chain's suggestion to unblock the actor the process waits for. */
    public String unblock(String actor) {
        return Messages.act(() -> {
            actors.unblock(actor, reason == null || reason.isBlank() ? "from the why-stuck analysis of process " + id : reason);
            Messages.info("Actor " + actor + " unblocked.");
            return back();
        });
    }

    private String operate(Operation operation) {
        return Messages.act(() -> {
            String state = processes.operate(id, operation, reason);
            Messages.info("Process " + operation.done() + "; it is " + state + ".");
            return back();
        });
    }

    private String back() {
        return "process?faces-redirect=true&includeViewParams=true";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProcessDetailView getView() {
        return view;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEditedArgs() {
        return editedArgs;
    }

    public void setEditedArgs(String editedArgs) {
        this.editedArgs = editedArgs;
    }
}
