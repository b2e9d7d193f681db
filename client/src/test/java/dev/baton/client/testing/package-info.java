/**
 * Test doubles. {@link dev.baton.client.testing.FakeBatonServer} stands in for the real Baton server: a tiny
 * in-memory engine behind the JDK's built-in HTTP server that implements just enough of the wire protocol
 * (promises, acceptFail, retries, leases by token) to exercise the SDK. It is not the server and proves nothing
 * about it; the integration tests in src-it run against the real one.
 */
package dev.baton.client.testing;
