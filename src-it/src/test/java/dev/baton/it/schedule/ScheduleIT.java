package dev.baton.it.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cron schedules over the REST API: administration and its refusals, and firing driven by moving the test
 * server's engine clock to just past a schedule's next fire time (the firing happens on the next one-second
 * tick), never by sleeping. Each test deletes its schedules, so ticks of one never fire during another.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleIT {

    private final Api api = Api.admin();
    private final List<String> created = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @AfterEach
    void deleteSchedules() {
        created.forEach(name -> api.delete("/schedules/" + name));
    }

    private String create(String json) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = api.post("/schedules", "{\"name\":\"" + name + "\"," + json.substring(1));
        assertEquals(201, reply.status(), reply::toString);
        created.add(name);
        return name;
    }

    private JsonNode schedule(String name) {
        Api.Reply reply = api.get("/schedules/" + name);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private List<JsonNode> runs(String name) {
        Api.Reply reply = api.get("/schedules/" + name + "/runs");
        assertEquals(200, reply.status(), reply::toString);
        List<JsonNode> runs = new ArrayList<>();
        reply.json().forEach(runs::add);
        return runs;
    }

    /** Moves the engine clock to one second past the schedule's next fire time and waits for that tick's run. */
    private JsonNode fireNextTick(String name) {
        Instant next = Instant.parse(schedule(name).get("nextFireAt").asText());
        int before = runs(name).size();
        Duration gap = Duration.between(api.now(), next).plusSeconds(1);
        api.advanceClock(gap.isNegative() ? Duration.ZERO : gap.plusMillis(999).withNanos(0));
        List<JsonNode> after = Await.until(() -> runs(name), r -> r.size() > before, Duration.ofSeconds(30),
                "a run of schedule " + name + " for tick " + next);
        assertEquals(next, Instant.parse(after.get(0).get("tickAt").asText()), after::toString);
        return after.get(0);
    }

    private List<String> processIdsOf(String name) {
        JsonNode page = api.get("/processes?schedule=" + name + "&limit=100").json();
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @Test
    void aScheduleIsCreatedReadChangedPausedResumedAndDeletedAndEveryChangeIsAudited() {
        String name = create("{\"cron\":\"0 3 * * *\",\"timeZone\":\"Europe/Berlin\",\"actor\":\"it.Nightly#1\","
                + "\"args\":[{\"report\":\"sales\"}],\"description\":\"nightly sales report\"}");
        JsonNode s = schedule(name);
        assertEquals("ACTIVE", s.get("state").asText());
        assertTrue(s.get("enabled").asBoolean());
        assertEquals("skip", s.get("overlapPolicy").asText());
        assertEquals(1, s.get("maxRunning").asInt());
        assertEquals("skip", s.get("catchUp").asText());
        assertEquals(5, s.get("maxFailures").asInt());
        assertEquals("sales", s.get("args").get(0).get("report").asText());
        assertEquals(5, s.get("upcoming").size());
        assertEquals(3, LocalDateTime.ofInstant(Instant.parse(s.get("nextFireAt").asText()), ZoneId.of("Europe/Berlin")).getHour());
        assertTrue(api.get("/schedules").json().findValuesAsText("name").contains(name));

        Api.Reply duplicate = api.post("/schedules", "{\"name\":\"" + name + "\",\"cron\":\"@daily\",\"actor\":\"it.X#1\"}");
        assertEquals(409, duplicate.status());
        assertEquals("schedule-exists", duplicate.problemType());

        Api.Reply changed = api.put("/schedules/" + name, "{\"cron\":\"*/30 * * * *\",\"actor\":\"it.Nightly#2\","
                + "\"overlapPolicy\":\"allow\",\"catchUp\":\"run-once\",\"maxFailures\":0,\"enabled\":false}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("PAUSED", changed.json().get("state").asText());
        assertTrue(changed.json().get("nextFireAt").isNull(), "a paused schedule has no next fire time");
        assertEquals("it.Nightly#2", changed.json().get("actor").asText());
        assertEquals("run-once", changed.json().get("catchUp").asText());

        Api.Reply resumed = api.post("/schedules/" + name + "/resume", "{\"reason\":\"back\"}");
        assertEquals(200, resumed.status(), resumed::toString);
        assertEquals("ACTIVE", resumed.json().get("state").asText());
        Api.Reply again = api.post("/schedules/" + name + "/resume", "");
        assertEquals(409, again.status());
        assertEquals("operation-not-applicable", again.problemType());
        Api.Reply paused = api.post("/schedules/" + name + "/pause", "{\"reason\":\"maintenance\"}");
        assertEquals("maintenance", paused.json().get("pausedReason").asText());
        assertEquals("baton", paused.json().get("pausedBy").asText());

        Api viewer = Api.as("viewer", "viewer");
        assertEquals(200, viewer.get("/schedules/" + name).status());
        assertEquals(403, viewer.post("/schedules/" + name + "/resume", "").status());
        assertEquals(403, viewer.delete("/schedules/" + name).status());
        assertEquals(403, Api.as("client", "client").get("/schedules").status());

        assertEquals(204, api.delete("/schedules/" + name).status());
        assertEquals("unknown-schedule", api.get("/schedules/" + name).problemType());
        assertEquals(404, api.delete("/schedules/" + name).status());
        created.remove(name);

        JsonNode audit = api.get("/audit?target=" + name + "&limit=20").json().get("items");
        List<String> actions = audit.findValuesAsText("action");
        for (String action : List.of("schedule.create", "schedule.update", "schedule.resume", "schedule.pause", "schedule.delete")) {
            assertTrue(actions.contains(action), action + " in " + actions);
        }
    }

    @Test
    void aPutCreatesAScheduleThatDoesNotExistYet() {
        String name = "it-put-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = api.put("/schedules/" + name, "{\"cron\":\"@hourly\",\"actor\":\"it.Hourly#1\"}");
        assertEquals(201, reply.status(), reply::toString);
        created.add(name);
        assertEquals(200, api.put("/schedules/" + name, "{\"cron\":\"@hourly\",\"actor\":\"it.Hourly#1\"}").status());
        Api.Reply renamed = api.put("/schedules/" + name, "{\"name\":\"other\",\"cron\":\"@hourly\",\"actor\":\"it.H#1\"}");
        assertEquals("invalid-field", renamed.problemType());
    }

    @Test
    void aMalformedScheduleIsRefusedWithAProblemNamingTheBadField() {
        assertProblem("{\"name\":\"x1\",\"cron\":\"0 25 * * *\",\"actor\":\"it.A#1\"}", "invalid-cron", "'hour'");
        assertProblem("{\"name\":\"x1\",\"cron\":\"0 1 * * MON-XYZ\",\"actor\":\"it.A#1\"}", "invalid-cron", "'day-of-week'");
        assertProblem("{\"name\":\"x1\",\"cron\":\"0 1 * *\",\"actor\":\"it.A#1\"}", "invalid-cron", "5 fields");
        assertProblem("{\"name\":\"x1\",\"cron\":\"0 0 30 2 *\",\"actor\":\"it.A#1\"}", "invalid-cron", "no date");
        assertProblem("{\"name\":\"x1\",\"cron\":\"@daily\",\"timeZone\":\"Mars/Olympus\",\"actor\":\"it.A#1\"}",
                "invalid-time-zone", "'timeZone'");
        assertProblem("{\"name\":\"x1\",\"actor\":\"it.A#1\"}", "missing-field", "'cron'");
        assertProblem("{\"name\":\"x1\",\"cron\":\"@daily\",\"actor\":\"no-version\"}", "invalid-actor", null);
        assertProblem("{\"name\":\"x1\",\"cron\":\"@daily\",\"actor\":\"it.A#1\",\"colour\":1}", "unknown-field", "'colour'");
        assertProblem("{\"name\":\"x1\",\"cron\":\"@daily\",\"actor\":\"it.A#1\",\"overlapPolicy\":\"queue\"}",
                "invalid-field", "'overlapPolicy'");
        assertProblem("{\"name\":\"x1\",\"cron\":\"@daily\",\"actor\":\"it.A#1\",\"maxRunning\":0}", "invalid-field", "'maxRunning'");
        assertProblem("{\"name\":\"x1\",\"cron\":\"@daily\",\"actor\":\"it.A#1\",\"businessKeyTemplate\":\"k-{when}\"}",
                "invalid-field", "{when}");
        assertProblem("{\"name\":\"x1\",\"cron\":\"@daily\",\"actor\":\"it.A#1\",\"args\":[{\"$promise\":\"a\"}]}",
                "invalid-args", null);
        assertProblem("{\"name\":\"bad name!\",\"cron\":\"@daily\",\"actor\":\"it.A#1\"}", "invalid-schedule-name", null);
        assertProblem("not json", "malformed-json", null);
        assertEquals(404, api.get("/schedules/x1").status(), "nothing was created");
        assertEquals("unknown-schedule", api.post("/schedules/nope/trigger", "").problemType());
    }

    private void assertProblem(String body, String type, String detailPart) {
        Api.Reply reply = api.post("/schedules", body);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(type, reply.problemType(), reply::toString);
        if (detailPart != null) {
            assertTrue(reply.json().get("detail").asText().contains(detailPart), reply::toString);
        }
    }

    @Test
    void aScheduleStartsOneProcessPerTickAsTheClockMovesAndItsProcessesAreTracedToIt() {
        String name = create("{\"cron\":\"*/5 * * * *\",\"actor\":\"it.Every5#1\",\"args\":[7],\"overlapPolicy\":\"allow\"}");
        List<String> ticks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode run = fireNextTick(name);
            assertEquals("started", run.get("outcome").asText(), run::toString);
            assertFalse(run.get("manual").asBoolean());
            ticks.add(run.get("tickAt").asText());
            JsonNode process = api.process(run.get("processId").asText());
            assertEquals(name, process.get("scheduleName").asText());
            assertEquals("it.Every5#1", process.get("actor").asText());
            assertEquals(7, process.get("args").get(0).asInt());
        }
        List<JsonNode> runs = runs(name);
        assertEquals(3, runs.size(), "one run per tick, never two: " + runs);
        assertEquals(3, ticks.stream().distinct().count());
        assertEquals(3, processIdsOf(name).size(), "one process per tick");
        assertEquals(3, schedule(name).get("runningProcesses").asInt());
        assertEquals(Instant.parse(ticks.get(2)).plus(Duration.ofMinutes(5)),
                Instant.parse(schedule(name).get("nextFireAt").asText()));
    }

    @Test
    void aTickIsSkippedWhileMaxRunningProcessesOfTheScheduleAreStillRunning() {
        String actor = Api.actor("overlap");
        String name = create("{\"cron\":\"*/10 * * * *\",\"actor\":\"" + actor + "\",\"maxRunning\":1}");
        JsonNode first = fireNextTick(name);
        assertEquals("started", first.get("outcome").asText(), first::toString);

        JsonNode skipped = fireNextTick(name);
        assertEquals("skipped-overlap", skipped.get("outcome").asText(), skipped::toString);
        assertTrue(skipped.get("processId").isNull());
        assertTrue(skipped.get("message").asText().contains("1 process is of this schedule still running"), skipped::toString);

        assertEquals(204, api.decide(api.pollOne(actor), "{\"tasks\":[],\"result\":\"done\"}").status());
        api.awaitState(first.get("processId").asText(), "COMPLETED");
        JsonNode third = fireNextTick(name);
        assertEquals("started", third.get("outcome").asText(), "the earlier process has finished: " + third);
        assertEquals(2, processIdsOf(name).size());
    }

    @Test
    void afterDowntimeTheSkipPolicyRecordsTheMissedTicksAndStartsNothing() {
        String name = create("{\"cron\":\"*/10 * * * *\",\"actor\":\"it.Skip#1\",\"catchUp\":\"skip\"}");
        Instant due = Instant.parse(schedule(name).get("nextFireAt").asText());
        api.advanceClock(Duration.between(api.now(), due).plus(Duration.ofHours(2)).plusMinutes(3));
        JsonNode missed = Await.until(() -> runs(name), r -> !r.isEmpty(), Duration.ofSeconds(30), "the missed ticks").get(0);
        assertEquals("missed", missed.get("outcome").asText(), missed::toString);
        assertEquals(due, Instant.parse(missed.get("tickAt").asText()));
        assertTrue(missed.get("message").asText().startsWith("13 ticks from " + due), missed::toString);
        assertEquals(1, runs(name).size());
        assertTrue(processIdsOf(name).isEmpty(), "nothing is started for missed ticks");
        Instant next = Instant.parse(schedule(name).get("nextFireAt").asText());
        assertTrue(next.isAfter(api.now()), "the schedule goes on from now: " + next);
        assertEquals(due.plus(Duration.ofMinutes(130)), next);
    }

    @Test
    void afterDowntimeTheRunOncePolicyStartsOneProcessForTheLatestMissedTick() {
        String name = create("{\"cron\":\"*/10 * * * *\",\"actor\":\"it.Once#1\",\"catchUp\":\"run-once\","
                + "\"overlapPolicy\":\"allow\"}");
        Instant due = Instant.parse(schedule(name).get("nextFireAt").asText());
        api.advanceClock(Duration.between(api.now(), due).plus(Duration.ofHours(2)).plusMinutes(3));
        List<JsonNode> runs = Await.until(() -> runs(name), r -> r.size() >= 2, Duration.ofSeconds(30), "catch-up runs");
        assertEquals(2, runs.size(), runs::toString);
        JsonNode started = runs.get(0);
        assertEquals("started", started.get("outcome").asText(), runs::toString);
        assertEquals(due.plus(Duration.ofMinutes(120)), Instant.parse(started.get("tickAt").asText()), "the latest tick");
        assertTrue(started.get("message").asText().contains("catch-up run after 12 ticks missed"), started::toString);
        JsonNode missed = runs.get(1);
        assertEquals("missed", missed.get("outcome").asText());
        assertTrue(missed.get("message").asText().startsWith("12 ticks from " + due), missed::toString);
        assertEquals(List.of(started.get("processId").asText()), processIdsOf(name), "exactly one process");
    }

    @Test
    void aScheduleFiresAtWallClockTimesInItsTimeZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        String name = create("{\"cron\":\"30 9 * * *\",\"timeZone\":\"America/New_York\",\"actor\":\"it.Zoned#1\","
                + "\"businessKeyTemplate\":\"{schedule}-{date}\"}");
        JsonNode s = schedule(name);
        for (JsonNode t : s.get("upcoming")) {
            LocalDateTime local = LocalDateTime.ofInstant(Instant.parse(t.asText()), newYork);
            assertEquals(9, local.getHour(), t::asText);
            assertEquals(30, local.getMinute(), t::asText);
        }
        JsonNode run = fireNextTick(name);
        assertEquals("started", run.get("outcome").asText(), run::toString);
        String date = LocalDateTime.ofInstant(Instant.parse(run.get("tickAt").asText()), newYork).toLocalDate().toString();
        assertEquals(name + "-" + date, api.process(run.get("processId").asText()).get("businessKey").asText());
    }

    @Test
    void aManualTriggerStartsAProcessNowAndAKeyTemplateMakesItOncePerDay() {
        String name = create("{\"cron\":\"0 4 * * *\",\"actor\":\"it.Manual#1\",\"overlapPolicy\":\"allow\","
                + "\"businessKeyTemplate\":\"manual-{schedule}-{date}\",\"enabled\":false}");
        Api.Reply first = api.post("/schedules/" + name + "/trigger", "{\"reason\":\"rerun\"}");
        assertEquals(200, first.status(), first::toString);
        assertEquals("started", first.json().get("outcome").asText());
        assertTrue(first.json().get("manual").asBoolean());
        String processId = first.json().get("processId").asText();
        assertEquals(name, api.process(processId).get("scheduleName").asText());

        JsonNode second = api.post("/schedules/" + name + "/trigger", "").json();
        assertEquals("duplicate-key", second.get("outcome").asText(), second::toString);
        assertEquals(processId, second.get("processId").asText());
        assertNotEquals(first.json().get("id").asText(), second.get("id").asText());
        assertEquals("PAUSED", schedule(name).get("state").asText(), "a trigger does not resume a paused schedule");
        assertEquals(1, processIdsOf(name).size());
        assertTrue(api.get("/audit?target=" + name + "&action=schedule.trigger").json().get("items").size() >= 2);
    }
}
