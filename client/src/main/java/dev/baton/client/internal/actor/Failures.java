package dev.baton.client.internal.actor;

import dev.baton.client.ErrorInfo;
import dev.baton.client.actor.ActorException;
import dev.baton.client.actor.NonRetryable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;

/** Maps a throwable from user code to the error sent with {@code fail}. */
public final class Failures {

    /** Stack traces are diagnostics, not payload: capped well below any sane server limit to avoid a 413. */
    static final int MAX_DETAILS = 8 * 1024;

    private Failures() {
    }

    public static ErrorInfo toError(Throwable thrown) {
        Throwable t = unwrap(thrown);
        String type;
        boolean retryable;
        if (t instanceof ActorException a) {
            type = a.type();
            retryable = a.retryable();
        } else {
            type = t.getClass().getSimpleName();
            retryable = !t.getClass().isAnnotationPresent(NonRetryable.class);
        }
        String message = t.getMessage() != null ? t.getMessage() : t.getClass().getName();
        return new ErrorInfo(type, message, stackTrace(t), retryable);
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof InvocationTargetException || t instanceof UndeclaredThrowableException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String text = out.toString();
        return text.length() <= MAX_DETAILS ? text : text.substring(0, MAX_DETAILS) + "\n... (truncated)";
    }
}
