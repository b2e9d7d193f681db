package dev.baton.domain.decision;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PromisesTest {

    private static JsonValue json(String text) {
        return JsonText.parse(text);
    }

    @Test
    void referencesAreFoundAnywhereInTheValueInOrder() {
        JsonValue args = json("[{\"$promise\":\"a\"}, {\"nested\": {\"list\": {\"$promises\": [\"b\", \"a\", \"c\"]}}}, 3]");
        assertEquals(List.of("a", "b", "c"), List.copyOf(Promises.references(args)));
    }

    @Test
    void renamingRewritesOnlyThePromises() {
        JsonValue args = json("[{\"$promise\":\"a\"}, {\"$promises\":[\"b\"]}, {\"k\":\"a\"}]");
        JsonValue renamed = Promises.renameReferences(args, ref -> ref.toUpperCase());
        assertEquals(json("[{\"$promise\":\"A\"}, {\"$promises\":[\"B\"]}, {\"k\":\"a\"}]"), renamed);
    }

    @Test
    void substitutionReplacesPromisesByValuesAndListsByArrays() {
        JsonValue args = json("[{\"$promise\":\"a\"}, {\"x\": {\"$promises\":[\"a\",\"b\"]}}]");
        JsonValue resolved = Promises.substitute(args, Map.of("a", json("1"), "b", json("{\"v\":2}")));
        assertEquals(json("[1, {\"x\": [1, {\"v\":2}]}]"), resolved);
    }

    @Test
    void aFailedValueIsWrappedAsAnError() {
        JsonValue error = Promises.errorValue(json("{\"type\":\"t\",\"message\":\"m\"}").asJsonObject());
        assertEquals(json("{\"$error\":{\"type\":\"t\",\"message\":\"m\"}}"), error);
    }

    @Test
    void aPromiseObjectWithOtherFieldsIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Promises.references(json("[{\"$promise\":\"a\", \"other\": 1}]")));
        assertEquals("invalid-promise", e.problemType());
    }

    @Test
    void aPromiseMustNameATask() {
        assertThrows(InvalidInputException.class, () -> Promises.references(json("[{\"$promise\": 5}]")));
        assertThrows(InvalidInputException.class, () -> Promises.references(json("[{\"$promises\": \"a\"}]")));
        assertThrows(InvalidInputException.class, () -> Promises.references(json("[{\"$promises\": [\"\"]}]")));
    }

    @Test
    void aListMayNameTheSameTaskTwiceAndGetsItsValueTwice() {
        JsonValue args = json("[{\"$promises\":[\"a\",\"b\",\"a\"]}]");
        assertEquals(json("[[1,2,1]]"), Promises.substitute(args, Map.of("a", json("1"), "b", json("2"))));
        assertEquals(json("[{\"$promises\":[\"A\",\"B\",\"A\"]}]"), Promises.renameReferences(args, String::toUpperCase));
    }
}
