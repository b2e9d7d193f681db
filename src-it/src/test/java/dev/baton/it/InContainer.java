package dev.baton.it;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The real EAR with test classes that run inside the server: they are added to its API module
 * ({@code baton-web.war}, which sees the engine's beans and its datasource as the resources do), where
 * Arquillian's servlet protocol runs their methods (methods marked {@code @RunAsClient} still run in the test
 * JVM). The protocol can enrich only an EAR with a single web module, so the console module is left out of
 * this deployment; such tests do not use it.
 */
public final class InContainer {

    private static final String APPLICATION_XML = "META-INF/application.xml";

    private InContainer() {
    }

    public static EnterpriseArchive ear(Class<?>... testClasses) {
        EnterpriseArchive ear = BatonDeployment.ear();
        ear.getAsType(WebArchive.class, "baton-web.war").addClasses(testClasses);
        String application = read(ear);
        ear.delete("baton-admin-ui.war");
        ear.delete(APPLICATION_XML);
        ear.add(new StringAsset(application.replaceAll("(?s)\\s*<module>\\s*<web>\\s*<web-uri>baton-admin-ui\\.war</web-uri>.*?</module>", "")),
                APPLICATION_XML);
        return ear;
    }

    private static String read(EnterpriseArchive ear) {
        try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
