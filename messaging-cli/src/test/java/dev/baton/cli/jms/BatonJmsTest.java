package dev.baton.cli.jms;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's argument handling; the commands themselves run against a server in src-it. */
class BatonJmsTest {

    @Test
    void aStartTakesItsJsonAndTheOptionsInAnyOrder() {
        BatonJms.Options options = BatonJms.Options.parse(new String[]{"--user", "client", "start", "{\"actor\":\"a.B#1\"}",
                "--password", "secret"});
        assertEquals("start", options.words().get(0));
        assertEquals("{\"actor\":\"a.B#1\"}", options.body());
        assertEquals("client", options.user());
        assertEquals("secret", options.password());
        assertEquals(BatonJms.DEFAULT_URL, options.url());
    }

    @Test
    void missingCommandsJsonOrOptionValuesAreUsageErrors() {
        assertThrows(IllegalArgumentException.class, () -> BatonJms.Options.parse(new String[]{}));
        assertThrows(IllegalArgumentException.class, () -> BatonJms.Options.parse(new String[]{"start"}));
        assertThrows(IllegalArgumentException.class, () -> BatonJms.Options.parse(new String[]{"listen", "--url"}));
        assertThrows(IllegalArgumentException.class, () -> BatonJms.Options.parse(new String[]{"listen", "--colour", "red"}));
    }

    @Test
    void aUsageErrorExitsWithStatusTwoWithoutConnecting() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BatonJms.run(new String[]{"event"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }
}
