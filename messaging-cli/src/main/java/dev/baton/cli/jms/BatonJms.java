package dev.baton.cli.jms;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code BatonJms <command> [options]}:
 * <pre>
 *   start '&lt;json&gt;'           send a start to baton.start (the body of POST /processes)
 *   event '&lt;json&gt;'           send an event to baton.events (the body of POST /events)
 *   listen                  print outcomes published on baton.process-events, one JSON per line
 *                           (--selector "baton_state = 'FAILED'", --count N, --timeout SECONDS)
 *   dlq list                print the dead letters on baton.dlq with their reasons
 *   dlq redrive             send dead letters back to the queue they came from (--id ID, or --all)
 *   dlq drop                delete dead letters (--id ID, or --all)
 * options: --url URL (default tcp://127.0.0.1:8080?httpUpgradeEnabled=true&amp;httpUpgradeEndpoint=http-acceptor),
 *          --user USER --password PASSWORD (default baton / baton, the development user)
 * </pre>
 * Exit status 0 on success, 1 when the server refused or could not be reached, 2 on a usage error.
 */
public final class BatonJms {

    static final String DEFAULT_URL = "tcp://127.0.0.1:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";

    private BatonJms() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: BatonJms start|event '<json>' | listen | dlq list|redrive|drop  [--url URL] [--user U] "
                    + "[--password P] [--selector S] [--count N] [--timeout S] [--id ID] [--all]");
            return 2;
        }
        try (JmsServer server = JmsServer.connect(options)) {
            Connection connection = server.connection();
            connection.start();
            List<String> words = options.words();
            switch (words.get(0)) {
                case "start" -> send(connection, "baton.start", options.body(), out);
                case "event" -> send(connection, "baton.events", options.body(), out);
                case "listen" -> listen(connection, options, out);
                case "dlq" -> new DeadLetterCommands(connection, out).run(words.size() > 1 ? words.get(1) : "list", options);
                default -> {
                    err.println("unknown command " + words.get(0));
                    return 2;
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (JMSException | RuntimeException e) {
            err.println("failed: " + e);
            return 1;
        }
    }

    private static void send(Connection connection, String queue, String body, PrintStream out) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            TextMessage message = session.createTextMessage(body);
            producer.send(message);
            out.println("sent " + message.getJMSMessageID() + " to " + queue);
        }
    }

    private static void listen(Connection connection, Options options, PrintStream out) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageConsumer consumer = session.createConsumer(session.createTopic("baton.process-events"),
                     options.selector())) {
            out.println("listening on baton.process-events" + (options.selector() == null ? "" : " where " + options.selector()));
            out.flush();
            long deadline = options.timeoutSeconds() == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + options.timeoutSeconds() * 1000L;
            int received = 0;
            while ((options.count() == 0 || received < options.count()) && System.currentTimeMillis() < deadline) {
                Message message = consumer.receive(Math.max(1, Math.min(1000, deadline - System.currentTimeMillis())));
                if (message instanceof TextMessage text) {
                    out.println(text.getText());
                    out.flush();
                    received++;
                }
            }
        }
    }

    /** Parsed command line: words (the command), a JSON body for start/event, and options. */
    record Options(List<String> words, String body, String url, String user, String password, String selector,
                   int count, int timeoutSeconds, String id, boolean all) {

        static Options parse(String[] args) {
            List<String> words = new ArrayList<>();
            String url = DEFAULT_URL;
            String user = "baton";
            String password = "baton";
            String selector = null;
            String id = null;
            int count = 0;
            int timeout = 0;
            boolean all = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--url" -> url = value(args, ++i, arg);
                    case "--user" -> user = value(args, ++i, arg);
                    case "--password" -> password = value(args, ++i, arg);
                    case "--selector" -> selector = value(args, ++i, arg);
                    case "--id" -> id = value(args, ++i, arg);
                    case "--count" -> count = Integer.parseInt(value(args, ++i, arg));
                    case "--timeout" -> timeout = Integer.parseInt(value(args, ++i, arg));
                    case "--all" -> all = true;
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        words.add(arg);
                    }
                }
            }
            if (words.isEmpty()) {
                throw new IllegalArgumentException("no command given");
            }
            String body = null;
            if (words.get(0).equals("start") || words.get(0).equals("event")) {
                if (words.size() != 2) {
                    throw new IllegalArgumentException(words.get(0) + " takes one JSON argument");
                }
                body = words.get(1);
            }
            return new Options(words, body, url, user, password, selector, count, timeout, id, all);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
