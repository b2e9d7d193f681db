package dev.baton.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/**
 * The signed-in user as the realm authenticated them. Pages use {@link #isAdmin()} to decide which buttons to
 * render; every facade method that changes something calls {@link #requireAdmin()} first, so a viewer who
 * forges the request is refused on the server all the same.
 */
@Named("user")
@RequestScoped
public class ConsoleUser {

    public static final String ADMIN = "baton-admin";
    public static final String VIEWER = "baton-viewer";

    @Inject
    HttpServletRequest request;

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isAdmin() {
        return request.isUserInRole(ADMIN);
    }

    /** The role shown next to the name. */
    public String getRole() {
        return isAdmin() ? ADMIN : VIEWER;
    }

    /** The operator name for the audit log; refuses anyone who may not act. */
    public String requireAdmin() {
        if (getName() == null || !isAdmin()) {
            throw new ActionRefusedException(getName());
        }
        return getName();
    }

    /** Ends the session and sends the browser to the dashboard, which asks for a login again. */
    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }
}
