package dev.baton.engine.event;

import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.event.EventRepository;
import dev.baton.domain.event.ProcessEvent;
import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.task.Settlement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers an external event to a process, in one transaction under the process lock: the oldest event
 * task of the process awaiting that name takes it as its value (and what waits on that task moves on), or,
 * when none awaits it yet, it waits in the process's mailbox. A delivery key seen before changes nothing.
 * A finished process takes no events.
 */
@Stateless
public class DeliverEventCommand {

    @Inject
    ProcessRepository processes;

    @Inject
    TaskRepository tasks;

    @Inject
    EventRepository events;

    @Inject
    HistoryRepository history;

    @Inject
    Settlement settlement;

    @Inject
    Clock clock;

    public record Outcome(EventDelivery delivery, Effects effects) {
    }

    public Outcome execute(String processId, String name, String payloadJson, String deliveryKey) {
        NotFoundException unknown = new NotFoundException("unknown-process", "There is no process " + processId + ".");
        if (!Ids.isWellFormed(processId)) {
            throw unknown;
        }
        ProcessInstance process = processes.lock(processId).orElseThrow(() -> unknown);
        Effects effects = new Effects();
        if (deliveryKey != null) {
            Optional<ProcessEvent> seen = events.byDeliveryKey(processId, deliveryKey);
            if (seen.isPresent()) {
                return new Outcome(EventDelivery.of(seen.get(), true), effects);
            }
        }
        if (!process.isActive()) {
            throw new ConflictException("process-finished",
                    "Process " + processId + " is " + process.state() + "; it takes no more events.");
        }
        Instant now = clock.instant();
        ProcessEvent event = new ProcessEvent(Ids.newId(now), processId, name, deliveryKey, payloadJson, now);
        events.add(event);
        history.append(HistoryEntry.ofProcess(processId, HistoryKind.EVENT_RECEIVED, now, process.actor(),
                "event '" + name + "'" + (deliveryKey == null ? "" : " key " + deliveryKey)));
        Optional<Task> waiting = tasks.awaitingEvent(processId, name);
        if (waiting.isPresent()) {
            settlement.eventArrived(process, waiting.get(), event, effects, now);
        }
        return new Outcome(EventDelivery.of(event, false), effects);
    }
}
