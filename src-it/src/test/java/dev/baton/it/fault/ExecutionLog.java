package dev.baton.it.fault;

import dev.baton.client.actor.TaskContext;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The workers' own record of what they executed: one line per execution ({@code taskId attempt runner
 * millis}), appended and flushed before the result is reported, so it holds every execution the server
 * could have accepted. The invariant checker reads it back.
 */
final class ExecutionLog implements AutoCloseable {

    private final Path file;
    private final BufferedWriter out;

    ExecutionLog(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void executed(TaskContext task, String runner) {
        try {
            out.write(task.taskId() + " " + task.attempt() + " " + runner + " " + System.currentTimeMillis());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Executions per task id, read back from the file. */
    synchronized Map<String, Integer> executionsPerTask() {
        try {
            out.flush();
            Map<String, Integer> counts = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    counts.merge(line.substring(0, line.indexOf(' ')), 1, Integer::sum);
                }
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
