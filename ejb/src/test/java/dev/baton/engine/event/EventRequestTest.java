package dev.baton.engine.event;

import dev.baton.domain.common.Fields;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.engine.process.StartRequest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire forms shared by the REST API and the JMS queues. */
class EventRequestTest {

    private static Fields json(String text) {
        return new Fields((JsonObject) JsonText.parse(text), "");
    }

    @Test
    void anEventIsAddressedByProcessIdOrByActorAndBusinessKey() {
        EventRequest byId = EventRequest.read(json("{\"processId\":\"p-1\",\"name\":\"paid\",\"payload\":{\"a\":1}}"));
        assertFalse(byId.byBusinessKey());
        assertEquals("p-1", byId.processId());
        assertEquals(1, byId.payload().asJsonObject().getInt("a"));

        EventRequest byKey = EventRequest.read(json("{\"actor\":\"a.B#1\",\"businessKey\":\"k\",\"name\":\"paid\"}"));
        assertTrue(byKey.byBusinessKey());
        assertEquals("k", byKey.businessKey());
    }

    @Test
    void anEventAddressedBothWaysOrWithUnknownFieldsOrWithoutNameIsRefused() {
        assertEquals("invalid-event", assertThrows(InvalidInputException.class, () -> EventRequest.read(
                json("{\"processId\":\"p\",\"actor\":\"a.B#1\",\"businessKey\":\"k\",\"name\":\"x\"}"))).problemType());
        assertEquals("unknown-field", assertThrows(InvalidInputException.class, () -> EventRequest.read(
                json("{\"processId\":\"p\",\"name\":\"x\",\"colour\":1}"))).problemType());
        assertEquals("missing-field", assertThrows(InvalidInputException.class, () -> EventRequest.read(
                json("{\"processId\":\"p\"}"))).problemType());
        assertEquals("missing-field", assertThrows(InvalidInputException.class, () -> EventRequest.read(
                json("{\"actor\":\"a.B#1\",\"name\":\"x\"}"))).problemType());
    }

    @Test
    void theDefaultDeliveryKeyAppliesOnlyWhenTheEventHasNoneOfItsOwn() {
        assertEquals("jms:ID:1", EventRequest.read(json("{\"processId\":\"p\",\"name\":\"x\"}")).withDefaultKey("jms:ID:1").key());
        assertEquals("mine", EventRequest.read(json("{\"processId\":\"p\",\"name\":\"x\",\"key\":\"mine\"}"))
                .withDefaultKey("jms:ID:1").key());
    }

    @Test
    void aStartReadsLikeTheBodyOfPostProcessesAndCarriesARequestKeyOnlyWhenGivenOne() {
        StartRequest start = StartRequest.read(json("{\"actor\":\"a.B#1\",\"args\":[1],\"deadlineSeconds\":60}"));
        assertEquals("a.B#1", start.actor());
        assertEquals(1, start.args().size());
        assertEquals(60, start.deadlineSeconds());
        assertNull(start.requestKey());
        assertEquals("jms:ID:7", start.withRequestKey("jms:ID:7").requestKey());
        assertEquals(0, StartRequest.read(json("{\"actor\":\"a.B#1\"}")).args().size());
        assertEquals("unknown-field", assertThrows(InvalidInputException.class,
                () -> StartRequest.read(json("{\"actor\":\"a.B#1\",\"arguments\":[]}"))).problemType());
    }
}
