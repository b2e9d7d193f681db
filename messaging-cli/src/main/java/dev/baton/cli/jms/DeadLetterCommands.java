package dev.baton.cli.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.io.PrintStream;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Dead letters on {@code baton.dlq}: list them with their reasons, re-drive them to the queue they came from
 * (after the cause is fixed: the actor registered, the JSON corrected by the sender, the database back), or drop
 * them. A re-drive is one broker transaction per message (taken from the DLQ and sent to its queue together) and
 * keeps {@code baton_original_message_id}, so a start re-driven after it had in fact succeeded starts nothing.
 */
final class DeadLetterCommands {

    /** Properties that describe the dead-lettering, not the message: not carried back to the source queue. */
    private static final Set<String> REASON = Set.of("baton_error_type", "baton_error", "baton_source",
            "baton_delivery_count", "baton_dead_lettered_at");

    private final Connection connection;
    private final PrintStream out;

    DeadLetterCommands(Connection connection, PrintStream out) {
        this.connection = connection;
        this.out = out;
    }

    void run(String command, BatonJms.Options options) throws JMSException {
        switch (command) {
            case "list" -> list();
            case "redrive" -> move(selector(options), true);
            case "drop" -> move(selector(options), false);
            default -> throw new IllegalArgumentException("unknown dlq command " + command + " (list, redrive, drop)");
        }
    }

    private static String selector(BatonJms.Options options) {
        if (options.id() != null) {
            return "JMSMessageID = '" + options.id().replace("'", "''") + "'";
        }
        if (!options.all()) {
            throw new IllegalArgumentException("name a dead letter with --id ID, or take all of them with --all");
        }
        return null;
    }

    private void list() throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = session.createBrowser(session.createQueue("baton.dlq"))) {
            int count = 0;
            for (Object element : Collections.list(browser.getEnumeration())) {
                Message message = (Message) element;
                out.println(message.getJMSMessageID() + "  from " + message.getStringProperty("baton_source")
                        + "  " + message.getStringProperty("baton_error_type")
                        + "  deliveries " + message.getObjectProperty("baton_delivery_count")
                        + "  at " + message.getStringProperty("baton_dead_lettered_at"));
                out.println("    reason: " + message.getStringProperty("baton_error"));
                out.println("    body:   " + body(message));
                count++;
            }
            out.println(count + " dead letter" + (count == 1 ? "" : "s"));
        }
    }

    private void move(String selector, boolean redrive) throws JMSException {
        int moved = 0;
        try (Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageConsumer consumer = session.createConsumer(session.createQueue("baton.dlq"), selector)) {
            Message message;
            while ((message = consumer.receive(1000)) != null) {
                String id = message.getJMSMessageID();
                if (redrive) {
                    String source = message.getStringProperty("baton_source");
                    if (source == null || !List.of("baton.start", "baton.events").contains(source)) {
                        session.rollback();
                        throw new IllegalStateException("dead letter " + id + " has no Baton source queue; drop it instead");
                    }
                    Queue target = session.createQueue(source);
                    try (MessageProducer producer = session.createProducer(target)) {
                        producer.send(copy(session, message));
                    }
                    out.println("re-drove " + id + " to " + source);
                } else {
                    out.println("dropped " + id);
                }
                session.commit();
                moved++;
            }
        }
        out.println((redrive ? "re-drove " : "dropped ") + moved + " dead letter" + (moved == 1 ? "" : "s"));
    }

    private static Message copy(Session session, Message message) throws JMSException {
        Message copy;
        if (message instanceof TextMessage text) {
            copy = session.createTextMessage(text.getText());
        } else if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            BytesMessage created = session.createBytesMessage();
            created.writeBytes(body);
            copy = created;
        } else {
            throw new IllegalStateException("dead letter " + message.getJMSMessageID()
                    + " is neither text nor bytes; Baton would refuse it again: drop it");
        }
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = (String) name;
            if (!REASON.contains(property) && !property.startsWith("JMS") && !property.startsWith("_AMQ")
                    && !property.startsWith("__AMQ")) {
                copy.setObjectProperty(property, message.getObjectProperty(property));
            }
        }
        copy.setJMSCorrelationID(message.getJMSCorrelationID());
        copy.setJMSType(message.getJMSType());
        return copy;
    }

    private static String body(Message message) throws JMSException {
        String body;
        if (message instanceof TextMessage text) {
            body = text.getText();
        } else if (message instanceof BytesMessage bytes) {
            body = "(" + bytes.getBodyLength() + " bytes)";
        } else {
            body = "(" + message.getClass().getSimpleName() + ")";
        }
        if (body == null) {
            return "(empty)";
        }
        return body.length() <= 300 ? body : body.substring(0, 300) + "... (" + body.length() + " characters)";
    }
}
