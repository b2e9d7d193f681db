package dev.baton.client.internal.actor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.client.ErrorInfo;
import dev.baton.client.task.Decision;

/** What executing a task produced, i.e. which of complete / complete-with-decision / fail to send. */
public sealed interface Outcome {

    record Completed(JsonNode result) implements Outcome {
    }

    record Decided(Decision decision) implements Outcome {
    }

    record Failed(ErrorInfo error) implements Outcome {
    }
}
