package dev.baton.engine.schedule;

import dev.baton.domain.schedule.ScheduleRepository;
import dev.baton.domain.schedule.ScheduleRepository.DueSchedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** The read-only scan of the firing, in a short transaction of its own. */
@Stateless
public class ScheduleScans {

    @Inject
    ScheduleRepository schedules;

    public List<DueSchedule> due(Instant now, int limit) {
        return schedules.due(now, limit);
    }
}
