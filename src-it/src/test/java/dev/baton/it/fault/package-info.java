/**
 * Fault tests (Maven profile {@code fault}): real WildFly nodes started as OS processes by the cluster
 * script ({@code ear/src/main/server/cluster.sh}), a private PostgreSQL server, Java SDK workers in the test
 * JVM that log every execution, and an invariant checker that reads the database and those logs.
 */
package dev.baton.it.fault;
