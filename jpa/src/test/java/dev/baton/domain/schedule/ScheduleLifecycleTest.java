package dev.baton.domain.schedule;

import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:07:00Z");
    private static final Duration THRESHOLD = Duration.ofSeconds(60);
    private static final Set<ScheduleTransition> VISITED = EnumSet.noneOf(ScheduleTransition.class);

    private static ScheduleDefinition every15Minutes(CatchUpPolicy catchUp, int maxFailures) {
        return new ScheduleDefinition(null, "*/15 * * * *", "UTC", "reports.Nightly#1", "[1]", null,
                OverlapPolicy.SKIP, 1, catchUp, maxFailures);
    }

    private static Schedule active(CatchUpPolicy catchUp, int maxFailures) {
        return new Schedule("s", every15Minutes(catchUp, maxFailures), true, "ops", NOW);
    }

    @AfterAll
    static void everyTransitionInTheTableIsExercised() {
        assertEquals(EnumSet.allOf(ScheduleTransition.class), VISITED);
    }

    private static void record(Schedule schedule, ScheduleTransition expected) {
        assertEquals(expected, schedule.lastTransition());
        assertEquals(expected.to(), schedule.state());
        VISITED.add(expected);
    }

    @Test
    void aNewActiveScheduleIsDueAtItsFirstTickAndNotBefore() {
        Schedule schedule = active(CatchUpPolicy.SKIP, 3);
        assertEquals(Instant.parse("2026-03-10T10:15:00Z"), schedule.nextFireAt());
        assertTrue(schedule.dueTick(Instant.parse("2026-03-10T10:14:59Z")).isEmpty());
        assertEquals(schedule.nextFireAt(), schedule.dueTick(Instant.parse("2026-03-10T10:15:00Z")).orElseThrow());
    }

    @Test
    void aTickOnTimeRunsItselfAndTheScheduleMovesToTheNextTick() {
        Schedule schedule = active(CatchUpPolicy.SKIP, 3);
        FirePlan plan = schedule.plan(Instant.parse("2026-03-10T10:15:01Z"), THRESHOLD);
        assertEquals(Instant.parse("2026-03-10T10:15:00Z"), plan.tick());
        assertFalse(plan.missedAny());
        schedule.handled(plan, RunOutcome.STARTED, null, NOW);
        assertEquals(Instant.parse("2026-03-10T10:30:00Z"), schedule.nextFireAt());
        assertEquals(Instant.parse("2026-03-10T10:15:00Z"), schedule.lastTickAt());
    }

    @Test
    void afterDowntimeTheSkipPolicyStartsNothingForLateTicksAndRecordsThemAsMissed() {
        Schedule schedule = active(CatchUpPolicy.SKIP, 3);
        FirePlan plan = schedule.plan(Instant.parse("2026-03-10T11:20:00Z"), THRESHOLD);
        assertFalse(plan.runs(), "the latest tick (11:15) is five minutes late");
        assertEquals(5, plan.missedCount(), "10:15, 10:30, 10:45, 11:00, 11:15");
        assertEquals(Instant.parse("2026-03-10T10:15:00Z"), plan.firstMissed());
        assertEquals(Instant.parse("2026-03-10T11:15:00Z"), plan.lastMissed());
        assertEquals(Instant.parse("2026-03-10T11:30:00Z"), plan.next());
    }

    @Test
    void afterDowntimeTheSkipPolicyStillRunsTheLatestTickWhenItIsOnTime() {
        Schedule schedule = active(CatchUpPolicy.SKIP, 3);
        FirePlan plan = schedule.plan(Instant.parse("2026-03-10T11:15:30Z"), THRESHOLD);
        assertEquals(Instant.parse("2026-03-10T11:15:00Z"), plan.tick());
        assertEquals(4, plan.missedCount());
        assertEquals(Instant.parse("2026-03-10T11:00:00Z"), plan.lastMissed());
    }

    @Test
    void afterDowntimeTheRunOncePolicyRunsTheLatestTickOnceAndRecordsTheOthersAsMissed() {
        Schedule schedule = active(CatchUpPolicy.RUN_ONCE, 3);
        FirePlan plan = schedule.plan(Instant.parse("2026-03-11T11:20:00Z"), THRESHOLD);
        assertEquals(Instant.parse("2026-03-11T11:15:00Z"), plan.tick());
        assertEquals(4 * 25 + 0, plan.missedCount(), "every quarter from 10:15 yesterday to 11:00 today");
        assertEquals(Instant.parse("2026-03-11T11:30:00Z"), plan.next());
    }

    @Test
    void consecutiveFailuresPauseTheScheduleWithTheReasonAndASuccessResetsTheCount() {
        Schedule schedule = active(CatchUpPolicy.SKIP, 2);
        Instant t = schedule.nextFireAt();
        assertFalse(schedule.handled(schedule.plan(t, THRESHOLD), RunOutcome.FAILED, "boom", t));
        t = schedule.nextFireAt();
        assertFalse(schedule.handled(schedule.plan(t, THRESHOLD), RunOutcome.STARTED, null, t));
        assertEquals(0, schedule.consecutiveFailures(), "a success resets the count");
        t = schedule.nextFireAt();
        assertFalse(schedule.handled(schedule.plan(t, THRESHOLD), RunOutcome.SKIPPED_OVERLAP, null, t));
        t = schedule.nextFireAt();
        assertFalse(schedule.handled(schedule.plan(t, THRESHOLD), RunOutcome.FAILED, "boom", t));
        t = schedule.nextFireAt();
        assertTrue(schedule.handled(schedule.plan(t, THRESHOLD), RunOutcome.FAILED, "payload-too-large: args", t));
        record(schedule, ScheduleTransition.AUTO_PAUSE);
        assertNull(schedule.nextFireAt(), "a paused schedule has no next tick");
        assertTrue(schedule.pausedReason().contains("2 consecutive start failures; last: payload-too-large: args"),
                schedule.pausedReason());
        assertEquals("system", schedule.pausedBy());

        schedule.resume("ops", Instant.parse("2026-03-12T00:05:00Z"));
        record(schedule, ScheduleTransition.RESUME_AFTER_FAILURES);
        assertEquals(0, schedule.consecutiveFailures());
        assertNull(schedule.pausedReason());
        assertEquals(Instant.parse("2026-03-12T00:15:00Z"), schedule.nextFireAt(), "from the first tick after resuming");
    }

    @Test
    void aNodeWhoseClockIsBehindNeverPlansATickThatWasAlreadyHandled() {
        Schedule schedule = active(CatchUpPolicy.SKIP, 3);
        Instant tick = schedule.nextFireAt();
        schedule.handled(schedule.plan(tick, THRESHOLD), RunOutcome.STARTED, null, tick);
        schedule.pause("ops", null, tick);
        schedule.resume("ops", tick.minusSeconds(2));
        assertEquals(tick.plus(Duration.ofMinutes(15)), schedule.nextFireAt(), "not " + tick + " again");
    }

    @Test
    void withoutAFailureLimitTheScheduleNeverPausesItself() {
        Schedule schedule = active(CatchUpPolicy.SKIP, 0);
        for (int i = 0; i < 20; i++) {
            Instant t = schedule.nextFireAt();
            assertFalse(schedule.handled(schedule.plan(t, THRESHOLD), RunOutcome.FAILED, "boom", t));
        }
        assertEquals(ScheduleState.ACTIVE, schedule.state());
    }

    @Test
    void anOperatorPausesAndResumesAndTicksThatPassedMeanwhileAreNotCaughtUp() {
        Schedule schedule = active(CatchUpPolicy.RUN_ONCE, 3);
        schedule.pause("ops", "maintenance", NOW);
        record(schedule, ScheduleTransition.PAUSE);
        assertTrue(schedule.dueTick(NOW.plus(Duration.ofDays(1))).isEmpty());
        assertEquals("maintenance", schedule.pausedReason());
        assertThrows(ConflictException.class, () -> schedule.pause("ops", null, NOW), "already paused");
        schedule.resume("ops", Instant.parse("2026-03-11T08:01:00Z"));
        record(schedule, ScheduleTransition.RESUME);
        assertEquals(Instant.parse("2026-03-11T08:15:00Z"), schedule.nextFireAt());
        assertThrows(ConflictException.class, () -> schedule.resume("ops", NOW), "already active");
    }

    @Test
    void aScheduleCreatedDisabledIsPausedAndARedefinitionPlansFromNow() {
        Schedule schedule = new Schedule("s", every15Minutes(CatchUpPolicy.SKIP, 3), false, "ops", NOW);
        assertEquals(ScheduleState.PAUSED, schedule.state());
        assertNull(schedule.nextFireAt());
        schedule.resume("ops", NOW);
        schedule.redefine(new ScheduleDefinition("hourly now", "0 * * * *", "Europe/Berlin", "reports.Nightly#1", "[]",
                "{schedule}-{date}", OverlapPolicy.ALLOW, 1, CatchUpPolicy.SKIP, 3), "ops", NOW);
        assertEquals(Instant.parse("2026-03-10T11:00:00Z"), schedule.nextFireAt());
        assertEquals("s-2026-03-10", schedule.businessKeyFor(Instant.parse("2026-03-10T22:30:00Z")));
        assertEquals("s-2026-03-11", schedule.businessKeyFor(Instant.parse("2026-03-10T23:30:00Z")), "Berlin date");
    }

    @Test
    void aDefinitionIsCheckedFieldByField() {
        assertEquals("invalid-time-zone", assertThrows(InvalidInputException.class, () -> new ScheduleDefinition(null,
                "* * * * *", "Mars/Olympus", "a#1", null, null, null, 1, null, 0)).problemType());
        assertEquals("invalid-cron", assertThrows(InvalidInputException.class, () -> new ScheduleDefinition(null,
                "* * * *", "UTC", "a#1", null, null, null, 1, null, 0)).problemType());
        assertEquals("invalid-actor", assertThrows(InvalidInputException.class, () -> new ScheduleDefinition(null,
                "* * * * *", "UTC", "no-version", null, null, null, 1, null, 0)).problemType());
        assertEquals("invalid-field", assertThrows(InvalidInputException.class, () -> new ScheduleDefinition(null,
                "* * * * *", "UTC", "a#1", null, null, null, 0, null, 0)).problemType());
        assertEquals("invalid-field", assertThrows(InvalidInputException.class,
                () -> BusinessKeyTemplate.parse("k-{when}", "s")).problemType());
        assertEquals("invalid-cron", assertThrows(InvalidInputException.class, () -> new Schedule("s",
                new ScheduleDefinition(null, "0 0 31 2 *", "UTC", "a#1", null, null, null, 1, null, 0), true, "ops", NOW))
                .problemType(), "February 31 never comes");
        assertEquals(ZoneId.of("UTC"), new ScheduleDefinition(null, "* * * * *", null, "a#1", null, null, null, 1, null, 0).zone());
    }
}
