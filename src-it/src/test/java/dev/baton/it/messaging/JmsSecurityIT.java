package dev.baton.it.messaging;

import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Jms;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Remote JMS clients authenticate as Baton users. {@code baton-client} may send starts and events and subscribe to
 * outcomes, and nothing else; {@code baton-admin} may also read dead letters; other roles and wrong passwords get
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class JmsSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    private static void send(Jms jms, String queue) throws JMSException {
        jms.send(queue, "{\"actor\":\"" + Api.actor("security") + "\",\"businessKey\":\"s\",\"name\":\"x\"}");
    }

    private static void consume(Jms jms, boolean topic, String name) throws JMSException {
        try (Session session = jms.connection().createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageConsumer consumer = session.createConsumer(topic ? session.createTopic(name) : session.createQueue(name))) {
            consumer.receiveNoWait();
        }
    }

    private static void publish(Jms jms, String topic) throws JMSException {
        try (Session session = jms.connection().createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createTopic(topic))) {
            producer.send(session.createTextMessage("{}"));
        }
    }

    @Test
    void aBatonClientMaySendStartsAndEventsAndSubscribeToOutcomesAndNothingElse() throws Exception {
        try (Jms client = Jms.as(BatonDeployment.CLIENT)) {
            assertDoesNotThrow(() -> send(client, "baton.start"));
            assertDoesNotThrow(() -> send(client, "baton.events"));
            assertDoesNotThrow(() -> consume(client, true, "baton.process-events"));

            assertThrows(JMSSecurityException.class, () -> consume(client, false, "baton.start"));
            assertThrows(JMSSecurityException.class, () -> consume(client, false, "baton.events"));
            assertThrows(JMSSecurityException.class, () -> consume(client, false, "baton.dlq"));
            assertThrows(JMSSecurityException.class, () -> client.deadLetters(null));
            assertThrows(JMSSecurityException.class, () -> publish(client, "baton.process-events"));
            assertThrows(JMSSecurityException.class, () -> send(client, "baton.dlq"));
            assertThrows(JMSSecurityException.class, () -> send(client, "DLQ"));
        }
    }

    @Test
    void anAdminMayAlsoReadDeadLettersButOtherRolesGetNothing() throws Exception {
        try (Jms admin = Jms.as(BatonDeployment.ADMIN)) {
            assertDoesNotThrow(() -> admin.deadLetters(null));
            assertDoesNotThrow(() -> send(admin, "baton.start"));
        }
        for (BatonDeployment.User user : new BatonDeployment.User[]{BatonDeployment.WORKER, BatonDeployment.VIEWER}) {
            try (Jms other = Jms.as(user)) {
                assertThrows(JMSSecurityException.class, () -> send(other, "baton.start"), user.name());
                assertThrows(JMSSecurityException.class, () -> send(other, "baton.events"), user.name());
                assertThrows(JMSSecurityException.class, () -> consume(other, true, "baton.process-events"), user.name());
            }
        }
    }

    @Test
    void aWrongPasswordCannotConnect() {
        assertThrows(JMSSecurityException.class, () -> Jms.as(new BatonDeployment.User("client", "wrong")).close());
    }
}
