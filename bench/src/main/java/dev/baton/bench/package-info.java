/**
 * Load generator for the reference workload, the one the peers in the stack notes were measured with: a start
 * decider plans three increments in sequence, four worker threads each fetch up to ten tasks, at most 100
 * processes in flight. Built on the SDK's low-level {@link dev.baton.client.BatonClient} so that the benchmark
 * measures the server, not reflection.
 *
 * <p>Completion is detected without hammering the server: the worker that completes a process's last increment
 * asks for that process at once (and a few ms later if the server has not finished it yet), and a slow sweep
 * covers anything that path misses. Latency is start request to observed COMPLETED, accurate to a few ms.
 */
package dev.baton.bench;
