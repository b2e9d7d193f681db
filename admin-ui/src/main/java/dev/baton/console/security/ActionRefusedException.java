package dev.baton.console.security;

/** Someone without the {@code baton-admin} role tried to act; nothing was changed. */
public class ActionRefusedException extends RuntimeException {

    public ActionRefusedException(String user) {
        super((user == null ? "Nobody signed in" : "User " + user + " has only the role baton-viewer and")
                + " may look but not act; nothing was changed.");
    }
}
