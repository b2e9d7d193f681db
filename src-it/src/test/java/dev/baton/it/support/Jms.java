package dev.baton.it.support;

import dev.baton.it.BatonDeployment;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A remote JMS client of the test server, as an application outside the server connects: through the HTTP port
 * (HTTP upgrade to the embedded Artemis broker), as one of the test users. Queue and topic names are the JMS
 * names ({@code baton.start}); {@code enable1xPrefixes} maps them to WildFly's addresses.
 */
public final class Jms implements AutoCloseable {

    public static final String URL = "tcp://127.0.0.1:" + BatonDeployment.HTTP_PORT
            + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";

    private final ActiveMQConnectionFactory factory;
    private final Connection connection;

    private Jms(String user, String password, String clientId) throws JMSException {
        factory = new ActiveMQConnectionFactory(URL + "&enable1xPrefixes=true");
        try {
            connection = factory.createConnection(user, password);
            if (clientId != null) {
                connection.setClientID(clientId);
            }
            connection.start();
        } catch (JMSException | RuntimeException e) {
            factory.close();
            throw e;
        }
    }

    public static Jms as(BatonDeployment.User user) throws JMSException {
        return new Jms(user.name(), user.password(), null);
    }

    /** A connection with a client id, as durable subscriptions need. */
    public static Jms as(BatonDeployment.User user, String clientId) throws JMSException {
        return new Jms(user.name(), user.password(), clientId);
    }

    public Connection connection() {
        return connection;
    }

    /** Sends a text message; returns its JMS message id. */
    public String send(String queue, String text, Map<String, Object> properties) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            TextMessage message = session.createTextMessage(text);
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                message.setObjectProperty(property.getKey(), property.getValue());
            }
            producer.send(message);
            return message.getJMSMessageID();
        }
    }

    public String send(String queue, String text) throws JMSException {
        return send(queue, text, Map.of());
    }

    /** Sends a message the test builds itself (bytes, object, ...); returns its JMS message id. */
    public String send(String queue, MessageFactory factory) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            Message message = factory.create(session);
            producer.send(message);
            return message.getJMSMessageID();
        }
    }

    @FunctionalInterface
    public interface MessageFactory {
        Message create(Session session) throws JMSException;
    }

    /** A non-durable subscription to {@code baton.process-events}; collects what arrives from now on. */
    public Subscription subscribe(String selector) throws JMSException {
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createTopic("baton.process-events"), selector);
        Subscription subscription = new Subscription(session);
        consumer.setMessageListener(subscription.received::add);
        return subscription;
    }

    /** The dead letters on {@code baton.dlq} that match the selector (browsed, not taken). */
    public List<Message> deadLetters(String selector) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = session.createBrowser(session.createQueue("baton.dlq"), selector)) {
            List<Message> letters = new ArrayList<>();
            for (Object message : Collections.list(browser.getEnumeration())) {
                letters.add((Message) message);
            }
            return letters;
        }
    }

    /** Waits until exactly one dead letter matches the selector, and returns it. */
    public Message awaitDeadLetter(String selector) {
        List<Message> letters = Await.until(() -> {
            try {
                return deadLetters(selector);
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        }, l -> !l.isEmpty(), Duration.ofSeconds(30), "a dead letter where " + selector);
        if (letters.size() != 1) {
            fail("expected one dead letter where " + selector + ", found " + letters.size());
        }
        return letters.get(0);
    }

    @Override
    public void close() throws JMSException {
        try {
            connection.close();
        } finally {
            factory.close();
        }
    }

    /** Messages received by a subscription, in arrival order. */
    public static final class Subscription implements AutoCloseable {

        private final Session session;
        final List<Message> received = new CopyOnWriteArrayList<>();

        Subscription(Session session) {
            this.session = session;
        }

        public List<Message> received() {
            return List.copyOf(received);
        }

        /** Waits until at least {@code count} messages matching the predicate arrived; returns those. */
        public List<Message> await(int count, java.util.function.Predicate<Message> which, String what) {
            return Await.until(() -> received.stream().filter(which).toList(), matching -> matching.size() >= count,
                    Duration.ofSeconds(30), count + " x " + what);
        }

        @Override
        public void close() throws JMSException {
            session.close();
        }
    }

    /** A string property of a message, without the checked exception. */
    public static String property(Message message, String name) {
        try {
            return message.getStringProperty(name);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Message message) {
        try {
            return ((TextMessage) message).getText();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
