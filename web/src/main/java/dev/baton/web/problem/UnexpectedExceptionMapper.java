package dev.baton.web.problem;

import dev.baton.domain.common.EngineException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A database that cannot be reached is a 503 the client should retry; any other
 * failure is a 500 with an incident id that points to the server log, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EngineException engine) {
                return new EngineExceptionMapper().toResponse(engine);
            }
            if (cause instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
        }
        if (isDatabaseUnavailable(e)) {
            LOG.log(Level.WARNING, "Database unavailable: " + e);
            return Problem.response(503, "database-unavailable", "Service unavailable",
                    "The database cannot be reached; retry later. Nothing was changed.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return Problem.response(500, "internal-error", "Internal server error",
                "Unexpected failure; nothing was changed. Incident " + incident + " is in the server log.");
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.startsWith("jakarta.resource.")
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || name.endsWith("LockTimeoutException") || name.endsWith("QueryTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
