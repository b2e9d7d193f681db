/**
 * HTTP transport: one request at a time over {@link java.net.http.HttpClient}, with Basic auth, round-robin
 * failover among server URLs, bounded retries with backoff, and translation of problem+json answers into the
 * typed exceptions of {@link dev.baton.client}.
 */
package dev.baton.client.internal.http;
