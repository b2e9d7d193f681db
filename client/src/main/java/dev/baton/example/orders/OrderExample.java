package dev.baton.example.orders;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonClientOptions;
import dev.baton.client.ProcessInfo;
import dev.baton.client.ProcessOptions;
import dev.baton.client.runner.ActorRunner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hosts the three workers and the decider, starts {@code --count} orders and prints each outcome.
 * Settings: {@code --url}, {@code --user}, {@code --password}, {@code --count}, or the environment variables
 * {@code BATON_URL} (comma-separated for several servers), {@code BATON_USER}, {@code BATON_PASSWORD}.
 */
public final class OrderExample {

    private OrderExample() {
    }

    public static void main(String[] args) throws Exception {
        String url = setting(args, "--url", "BATON_URL", "http://127.0.0.1:8080/api/v1");
        String user = setting(args, "--user", "BATON_USER", "baton");
        String password = setting(args, "--password", "BATON_PASSWORD", "baton");
        int count = Integer.parseInt(setting(args, "--count", "BATON_COUNT", "5"));

        BatonClientOptions options = BatonClientOptions.newBuilder()
                .serverUrl(url.split(","))
                .credentials(user, password)
                .build();
        BatonClient client = BatonClient.create(options);
        int failures = 0;
        try (ActorRunner runner = ActorRunner.builder()
                .client(client)
                .register(new CheckInventoryImpl(), 2)
                .register(new ChargePaymentImpl(), 2)
                .register(new ShipOrderImpl(), 2)
                .register(new OrderDeciderImpl(), 2)
                .build()
                .start()) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                Order order = new Order(run + "-" + i, "book", i, 1_000L * i);
                // The business key makes the start idempotent: rerunning this line cannot order twice.
                ids.add(client.newProcess(OrderDecider.class, ProcessOptions.businessKey(order.id())).start(order));
            }
            for (String id : ids) {
                ProcessInfo done = client.awaitCompletion(id, Duration.ofSeconds(60));
                if (done.error() != null) {
                    failures++;
                }
                System.out.printf("process %s %s %s%n", id, done.state(),
                        done.error() != null ? done.error().type() + ": " + done.error().message()
                                : client.resultOf(done, OrderResult.class));
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static String setting(String[] args, String flag, String env, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        String value = System.getenv(env);
        return value != null && !value.isBlank() ? value : fallback;
    }
}
