/**
 * MicroProfile Health: the node is ready when its database and its Hazelcast member answer. WildFly 38 does not
 * collect {@code @Readiness} beans of an EAR's EJB or web modules (WFLY-12835: its CDI extension sees only the
 * EAR's {@code lib/} jars), so {@link dev.baton.engine.health.ReadinessRegistration} registers the check with the
 * health subsystem when the EAR deploys and removes it when the EAR undeploys.
 */
package dev.baton.engine.health;
