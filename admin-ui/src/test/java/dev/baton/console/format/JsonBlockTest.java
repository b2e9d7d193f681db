package dev.baton.console.format;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonBlockTest {

    @Test
    void smallValuesArePrettyPrintedWhole() {
        JsonBlock block = JsonBlock.of(Json.createObjectBuilder().add("order", 42).add("items", Json.createArrayBuilder().add("a")).build());
        assertFalse(block.large());
        assertEquals(block.full(), block.preview());
        assertTrue(block.full().contains("\n") && block.full().contains("\"order\": 42"), block.full());
    }

    @Test
    void largeValuesShowAPreviewAndKeepTheWholeText() {
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 500; i++) {
            many.add("item " + i);
        }
        JsonBlock block = JsonBlock.of(many.build());
        assertTrue(block.large());
        assertTrue(block.full().contains("item 499"));
        assertFalse(block.preview().contains("item 499"));
        assertTrue(block.preview().endsWith("…"));
        assertTrue(block.size().endsWith("KB"), block.size());
    }

    @Test
    void scalarsAndNullAreShownAsThemselves() {
        assertEquals("\"text\"", JsonBlock.of(Json.createValue("text")).full());
        assertEquals(null, JsonBlock.of(null));
    }

    @Test
    void htmlEscapingCoversMarkupQuotesAndControlCharacters() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; z", Html.escape("<b> & \"x\" 'y'\u0007z"));
        assertEquals("abc…", Html.cut("abcdefgh", 4));
    }
}
