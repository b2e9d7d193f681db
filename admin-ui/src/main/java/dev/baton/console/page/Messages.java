package dev.baton.console.page;

import dev.baton.console.security.ActionRefusedException;
import dev.baton.domain.common.EngineException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a page action and turns its outcome into a message that survives the redirect: the engine's refusals
 * (bad input, conflicts, unknown ids) and the role check are shown as they are; anything unexpected is logged
 * and shown as a plain sentence, without a stack trace. A refused role also answers 403.
 */
final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {
    }

    /** Runs the action; returns its navigation outcome, or null (stay on the page) when it failed. */
    static String act(Supplier<String> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        try {
            return action.get();
        } catch (ActionRefusedException e) {
            faces.getExternalContext().setResponseStatus(403);
            error(e.getMessage());
        } catch (EngineException e) {
            error(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A console action failed", e);
            error("The action failed on the server; the server log has the details.");
        }
        return null;
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }
}
