package dev.baton.cli.jms;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The connection to a Baton server's broker. {@code enable1xPrefixes} maps the JMS names {@code baton.start},
 * {@code baton.process-events} to the broker's addresses {@code jms.queue.baton.start},
 * {@code jms.topic.baton.process-events}, as WildFly names them.
 */
final class JmsServer implements AutoCloseable {

    private final ActiveMQConnectionFactory factory;
    private final Connection connection;

    private JmsServer(ActiveMQConnectionFactory factory, Connection connection) {
        this.factory = factory;
        this.connection = connection;
    }

    static JmsServer connect(BatonJms.Options options) throws JMSException {
        String url = options.url() + (options.url().contains("?") ? "&" : "?") + "enable1xPrefixes=true";
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        try {
            return new JmsServer(factory, factory.createConnection(options.user(), options.password()));
        } catch (JMSException | RuntimeException e) {
            factory.close();
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws JMSException {
        try {
            connection.close();
        } finally {
            factory.close();
        }
    }
}
