package dev.baton.bench;

import java.util.ArrayList;
import java.util.List;

/** Command-line flags with the reference workload's defaults. */
record BenchConfig(List<String> urls, String user, String password, String db, int instances, int processes,
                   int warmup, int inFlight, int workerThreads, int deciderThreads, int batch, int starters,
                   int timeoutSeconds, boolean batchReports) {

    static BenchConfig parse(String[] args) {
        List<String> urls = new ArrayList<>();
        String user = "baton";
        String password = "baton";
        String db = "h2";
        Integer instances = null;
        int processes = 3000;
        int warmup = 500;
        int inFlight = 100;
        int workers = 4;
        int deciders = 2;
        int batch = 10;
        int starters = 4;
        int timeout = 600;
        boolean batchReports = true;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new IllegalArgumentException("usage");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            String v = args[++i];
            switch (flag) {
                case "--url" -> urls.addAll(List.of(v.split(",")));
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--db" -> db = v;
                case "--instances" -> instances = Integer.parseInt(v);
                case "--processes" -> processes = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--in-flight" -> inFlight = Integer.parseInt(v);
                case "--worker-threads" -> workers = Integer.parseInt(v);
                case "--decider-threads" -> deciders = Integer.parseInt(v);
                case "--batch" -> batch = Integer.parseInt(v);
                case "--starters" -> starters = Integer.parseInt(v);
                case "--timeout-seconds" -> timeout = Integer.parseInt(v);
                case "--report" -> batchReports = switch (v) {
                    case "batch" -> true;
                    case "single" -> false;
                    default -> throw new IllegalArgumentException("--report is batch or single, not " + v);
                };
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        if (urls.isEmpty()) {
            urls.add("http://127.0.0.1:8080/api/v1");
        }
        return new BenchConfig(List.copyOf(urls), user, password, db, instances != null ? instances : urls.size(),
                processes, warmup, inFlight, workers, deciders, batch, starters, timeout, batchReports);
    }

    static String usage() {
        return "flags: --url URL[,URL...] (http://127.0.0.1:8080/api/v1) --user baton --password baton --db h2|pg"
                + " --instances N (number of URLs) --processes 3000 --warmup 500 --in-flight 100"
                + " --worker-threads 4 --decider-threads 2 --batch 10 --starters 4 --timeout-seconds 600"
                + " --report batch|single (the outcomes of a polled batch in one request, or one request each)";
    }
}
