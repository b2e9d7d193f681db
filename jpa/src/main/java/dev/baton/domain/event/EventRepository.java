package dev.baton.domain.event;

import java.util.List;
import java.util.Optional;

/** The events delivered to processes: consumed ones and the mailbox of waiting ones. */
public interface EventRepository {

    void add(ProcessEvent event);

    Optional<ProcessEvent> byDeliveryKey(String processId, String deliveryKey);

    /** The oldest event of that name delivered to the process and not consumed yet. */
    Optional<ProcessEvent> oldestWaiting(String processId, String name);

    List<ProcessEvent> ofProcess(String processId);
}
