package dev.baton.bench;

import dev.baton.client.testing.FakeBatonServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smoke test of the benchmark's plumbing against the SDK's fake server (a test double, not the real server). */
class ReferenceBenchmarkTest {

    @Test
    void a_small_run_completes_every_process_with_arg_plus_three_and_prints_the_result_line() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FakeBatonServer server = new FakeBatonServer()) {
            String url = server.openEndpoint().url();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit = ReferenceBenchmark.run(BenchConfig.parse(new String[]{"--url", url, "--db", "h2",
                    "--processes", "60", "--warmup", "10", "--in-flight", "8", "--timeout-seconds", "60"}));
            assertEquals(0, exit);
        } finally {
            System.setOut(original);
        }
        String line = out.toString(StandardCharsets.UTF_8).trim();
        System.err.println(line);
        assertTrue(line.matches("baton db=h2 instances=1 throughput=\\d+\\.\\d p50=\\d+ p99=\\d+"), line);
    }

    @Test
    void unknown_flags_are_rejected() {
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BenchConfig.parse(new String[]{"--nope", "1"})).getMessage().contains("--nope"));
    }
}
