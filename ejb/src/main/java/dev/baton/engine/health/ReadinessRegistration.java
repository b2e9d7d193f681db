package dev.baton.engine.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;

import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts {@link EngineReadiness} into WildFly's {@code /health/ready} (and {@code /health}) while the EAR is deployed.
 * <p>
 * WildFly's MicroProfile Health integration collects {@code @Readiness} beans through a CDI extension whose bean
 * manager sees only the EAR's top-level bean archives ({@code lib/*.jar}), never the EJB module or a WAR
 * (WFLY-12835). So the check is handed to the subsystem's reporter service directly. The reporter is a WildFly
 * internal ({@code org.wildfly.extension.microprofile.health-smallrye}, made visible by the EAR's
 * {@code jboss-deployment-structure.xml}); it is reached by reflection so the build needs no WildFly artifacts.
 * If it ever changes, deployment goes on and a warning is logged: the check is then simply absent.
 */
@Startup
@Singleton
public class ReadinessRegistration {

    private static final Logger LOG = Logger.getLogger(ReadinessRegistration.class.getName());
    private static final String SUBSYSTEM_DEFINITION =
            "org.wildfly.extension.microprofile.health.MicroProfileHealthSubsystemDefinition";

    @Inject
    EngineReadiness readiness;

    private Object reporter;
    private HealthCheck registered;

    @PostConstruct
    void register() {
        HealthCheck check = () -> readiness.call();
        try {
            Object found = reporter();
            reporter(found, "addReadinessCheck", HealthCheck.class, ClassLoader.class)
                    .invoke(found, check, EngineReadiness.class.getClassLoader());
            reporter = found;
            registered = check;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Readiness check 'baton' not registered with WildFly's health subsystem", e);
        }
    }

    @PreDestroy
    void unregister() {
        if (registered == null) {
            return;
        }
        try {
            reporter(reporter, "removeReadinessCheck", HealthCheck.class).invoke(reporter, registered);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness check 'baton' not removed from WildFly's health subsystem", e);
        }
        registered = null;
    }

    /** {@code CurrentServiceContainer.getServiceContainer().getService(HEALTH_REPORTER_SERVICE).getValue()}. */
    private static Object reporter() throws ReflectiveOperationException {
        ClassLoader loader = ReadinessRegistration.class.getClassLoader();
        Class<?> serviceName = Class.forName("org.jboss.msc.service.ServiceName", false, loader);
        Object name = Class.forName(SUBSYSTEM_DEFINITION, true, loader).getField("HEALTH_REPORTER_SERVICE").get(null);
        Object container = Class.forName("org.jboss.as.server.CurrentServiceContainer", true, loader)
                .getMethod("getServiceContainer").invoke(null);
        Object controller = Class.forName("org.jboss.msc.service.ServiceRegistry", false, loader)
                .getMethod("getRequiredService", serviceName).invoke(container, name);
        return Class.forName("org.jboss.msc.service.ServiceController", false, loader)
                .getMethod("getValue").invoke(controller);
    }

    private static Method reporter(Object reporter, String name, Class<?>... parameters) throws NoSuchMethodException {
        return reporter.getClass().getMethod(name, parameters);
    }
}
