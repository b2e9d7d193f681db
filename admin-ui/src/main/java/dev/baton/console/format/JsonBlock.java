package dev.baton.console.format;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.util.Map;

/**
 * A JSON value pretty-printed for reading. A large value (many lines or many characters) shows its first lines
 * as a preview and the whole text behind a disclosure, so one big argument does not push the rest of the page
 * out of sight. The text is plain: the page escapes it.
 */
public record JsonBlock(String preview, String full, boolean large, int characters) {

    static final int PREVIEW_LINES = 12;
    static final int LARGE_CHARACTERS = 1_500;

    public static JsonBlock of(JsonValue value) {
        if (value == null) {
            return null;
        }
        String text = pretty(value);
        String[] lines = text.split("\n", -1);
        boolean large = lines.length > PREVIEW_LINES || text.length() > LARGE_CHARACTERS;
        String preview = text;
        if (large) {
            StringBuilder head = new StringBuilder();
            for (int i = 0; i < Math.min(PREVIEW_LINES, lines.length); i++) {
                String line = lines[i].length() > 160 ? lines[i].substring(0, 160) + " …" : lines[i];
                head.append(line).append('\n');
            }
            preview = head.append("…").toString();
        }
        return new JsonBlock(preview, text, large, text.length());
    }

    public static String pretty(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT && value.getValueType() != JsonValue.ValueType.ARRAY) {
            return value.toString();
        }
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip();
    }

    /** Size of the whole text, for the disclosure's label. */
    public String size() {
        return characters < 1024 ? characters + " characters" : String.format("%.1f KB", characters / 1024.0);
    }
}
