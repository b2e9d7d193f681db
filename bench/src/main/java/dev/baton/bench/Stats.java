package dev.baton.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/** Counters and the latency samples of measured (non-warm-up) processes. */
final class Stats {

    final LongAdder pollErrors = new LongAdder();
    final LongAdder taskErrors = new LongAdder();
    final LongAdder conflicts = new LongAdder();
    final LongAdder startErrors = new LongAdder();
    final LongAdder statusChecks = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder mismatched = new LongAdder();
    final LongAdder completed = new LongAdder();

    private final long[] latenciesNanos;
    private int count;
    private long firstMeasuredStart = Long.MAX_VALUE;
    private long lastMeasuredEnd = Long.MIN_VALUE;

    Stats(int measured) {
        this.latenciesNanos = new long[measured];
    }

    synchronized void measuredStart(long nanos) {
        firstMeasuredStart = Math.min(firstMeasuredStart, nanos);
    }

    synchronized void measuredEnd(long startNanos, long endNanos) {
        if (count < latenciesNanos.length) {
            latenciesNanos[count++] = endNanos - startNanos;
        }
        lastMeasuredEnd = Math.max(lastMeasuredEnd, endNanos);
    }

    synchronized int measuredCount() {
        return count;
    }

    synchronized double throughputPerSecond() {
        if (count == 0 || lastMeasuredEnd <= firstMeasuredStart) {
            return 0;
        }
        return count / ((lastMeasuredEnd - firstMeasuredStart) / 1e9);
    }

    /** Nearest-rank percentile in milliseconds. */
    synchronized long percentileMillis(double p) {
        if (count == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(latenciesNanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return Math.round(sorted[Math.max(0, rank - 1)] / 1e6);
    }
}
