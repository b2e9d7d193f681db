package dev.baton.engine.process;

import jakarta.json.JsonArray;

/** What a caller asks for when starting a process. */
public record StartRequest(String actor, JsonArray args, String businessKey) {
}
