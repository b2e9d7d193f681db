package dev.baton.console.facade;

import dev.baton.console.format.JsonBlock;
import dev.baton.console.format.Times;
import dev.baton.console.graph.GraphNode;
import dev.baton.console.graph.SvgGraph;
import dev.baton.console.security.ConsoleUser;
import dev.baton.console.view.DiagnosisView;
import dev.baton.console.view.EventRow;
import dev.baton.console.view.HistoryRow;
import dev.baton.console.view.ProcessDetailView;
import dev.baton.console.view.TaskRow;
import dev.baton.domain.common.JsonText;
import dev.baton.engine.diagnosis.Diagnosis;
import dev.baton.engine.diagnosis.DiagnosisService;
import dev.baton.engine.diagnosis.Durations;
import dev.baton.engine.process.HistoryView;
import dev.baton.engine.process.ProcessService;
import dev.baton.engine.process.ProcessView;
import dev.baton.engine.process.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One process with everything the detail page shows: summary, arguments and result, the task graph, each task
 * with its history (every attempt, its worker and times), the timeline, events, and the "why stuck?" chain.
 * Stack traces are read only for administrators: a viewer's page never receives them.
 */
@ApplicationScoped
public class ProcessDetailFacade {

    /** The graph draws at most this many tasks; the table lists them all. */
    static final int GRAPH_LIMIT = 300;
    static final int HISTORY_LIMIT = 2_000;

    @Inject
    ProcessService processes;

    @Inject
    DiagnosisService diagnoses;

    @Inject
    ConsoleUser user;

    @Inject
    Clock clock;

    public ProcessDetailView detail(String id) {
        ProcessView p = processes.get(id);
        boolean admin = user.isAdmin();
        List<TaskView> tasks = processes.tasks(id);
        List<HistoryView> history = processes.history(id, HISTORY_LIMIT + 1);
        boolean historyCut = history.size() > HISTORY_LIMIT;
        List<HistoryRow> timeline = history.stream().limit(HISTORY_LIMIT).map(ProcessDetailFacade::historyRow).toList();
        Map<String, List<HistoryRow>> byTask = new HashMap<>();
        timeline.stream().filter(h -> h.taskId() != null)
                .forEach(h -> byTask.computeIfAbsent(h.taskId(), k -> new ArrayList<>()).add(h));

        List<TaskRow> rows = new ArrayList<>(tasks.size());
        List<GraphNode> nodes = new ArrayList<>();
        String restartArgs = null;
        for (TaskView t : tasks) {
            rows.add(taskRow(t, byTask.getOrDefault(t.id(), List.of()), admin));
            if (nodes.size() < GRAPH_LIMIT) {
                nodes.add(new GraphNode(t.id(), name(t),
                        t.eventName() != null ? "event " + t.eventName() : t.actor(), t.state(), t.parentId(), t.dependsOn()));
            }
            if (t.id().equals(p.causeTaskId())) {
                restartArgs = ProcessFacade.editable(t.args());
            }
        }
        JsonObject error = p.error() != null && p.error().getValueType() == JsonValue.ValueType.OBJECT ? p.error().asJsonObject() : null;
        Instant end = p.endedAt() == null ? clock.instant() : p.endedAt();
        return new ProcessDetailView(p.id(), p.actor(), p.businessKey(), p.state(), Times.show(p.createdAt()),
                Times.show(p.endedAt()), Times.show(p.deadlineAt()),
                Durations.words(Duration.between(p.createdAt(), end)) + (p.endedAt() == null ? " so far" : ""),
                JsonBlock.of(p.args()), JsonBlock.of(p.result()),
                error == null ? null : error.getString("type", null), error == null ? null : error.getString("message", null),
                admin && error != null ? text(error, "details") : null, p.causeTaskId(),
                causeActor(tasks, p.causeTaskId()), restartArgs, SvgGraph.render(nodes), nodes.size(), tasks.size(), rows,
                timeline, historyCut, events(id), diagnosis(id));
    }

    public DiagnosisView diagnosis(String id) {
        Diagnosis d = diagnoses.diagnose(id);
        return new DiagnosisView(d.verdict().name(), d.summary(),
                d.chain().stream().map(f -> new DiagnosisView.Link(f.depth(), f.kind().name(), f.taskId(), f.actor(),
                        f.text(), Times.show(f.at()), Times.show(f.until()))).toList(),
                d.suggestions().stream().map(s -> new DiagnosisView.Step(s.action().name(), s.target(), s.text())).toList(),
                Times.show(d.at()));
    }

    private List<EventRow> events(String id) {
        return processes.events(id).stream().map(e -> new EventRow(e.name(), e.deliveryKey(), Times.show(e.receivedAt()),
                e.consumedBy(), e.payload() == null ? null : JsonBlock.of(e.payload()).preview())).toList();
    }

    private TaskRow taskRow(TaskView t, List<HistoryRow> entries, boolean admin) {
        JsonObject error = t.error() != null && t.error().getValueType() == JsonValue.ValueType.OBJECT ? t.error().asJsonObject() : null;
        String duration = t.startedAt() == null ? null
                : Durations.words(Duration.between(t.startedAt(), t.endedAt() == null ? clock.instant() : t.endedAt()));
        return new TaskRow(t.id(), name(t), t.ref(), t.actor(), t.type(), t.method(), t.eventName(), t.state(), t.attempt(),
                t.workerId(), Times.show(t.createdAt()), Times.show(t.readyAt()), Times.show(t.startedAt()),
                Times.show(t.endedAt()), duration, Times.show(t.leaseExpiresAt()), Times.show(t.waitDeadline()),
                t.dependsOn(), JsonBlock.of(t.args()), JsonBlock.of(t.result()),
                error == null ? null : error.getString("type", null), error == null ? null : error.getString("message", null),
                admin && error != null ? text(error, "details") : null, entries);
    }

    private static HistoryRow historyRow(HistoryView h) {
        return new HistoryRow(Times.show(h.at()), h.kind(), h.taskId(), h.attempt(), h.actor(), h.detail());
    }

    private static String causeActor(List<TaskView> tasks, String causeTaskId) {
        return tasks.stream().filter(t -> t.id().equals(causeTaskId)).map(TaskView::actor).findFirst().orElse(null);
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == null || value == JsonValue.NULL ? null
                : value.getValueType() == JsonValue.ValueType.STRING ? json.getString(name) : JsonText.write(value);
    }

    /** How a task is called on the page: its ref, "start" for the start task, else the end of its id. */
    static String name(TaskView t) {
        return t.ref() != null ? t.ref() : t.parentId() == null ? "start" : shortId(t.id());
    }

    static String shortId(String id) {
        return id.length() > 12 ? "…" + id.substring(id.length() - 10) : id;
    }
}
