package dev.baton.domain.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where schedules and the record of their runs are kept. */
public interface ScheduleRepository {

    Optional<Schedule> find(String name);

    /** Loads the schedule and locks its row until the transaction ends: every change to a schedule does this. */
    Optional<Schedule> lock(String name);

    /** Adds a schedule; the flush makes a duplicate name fail here. */
    void add(Schedule schedule);

    /** Removes the schedule and its runs. */
    void remove(Schedule schedule);

    List<Schedule> all();

    /** Active schedules whose next fire time has come, earliest first: name and due tick. */
    List<DueSchedule> due(Instant now, int limit);

    /** Records a run; the flush makes a second record of the same tick fail here, before anything is started. */
    void addRun(ScheduleRun run);

    /** The newest runs of a schedule, newest tick first. */
    List<ScheduleRun> runs(String scheduleName, int limit);

    /** Deletes all but the newest {@code keep} runs of the schedule. */
    void pruneRuns(String scheduleName, int keep);

    /** A schedule that is due, and the tick it is due for. */
    record DueSchedule(String name, Instant tick) {
    }
}
