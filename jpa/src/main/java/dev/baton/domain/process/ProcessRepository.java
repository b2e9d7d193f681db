package dev.baton.domain.process;

import java.util.List;
import java.util.Optional;

/** Where processes and their business-key claims are kept. */
public interface ProcessRepository {

    Optional<ProcessInstance> find(String id);

    /** Loads the process and locks its row until the transaction ends. */
    Optional<ProcessInstance> lock(String id);

    void add(ProcessInstance process);

    /** Claims the business key; the flush makes a concurrent claim fail here rather than at commit. */
    void claimKey(ProcessKey key);

    Optional<String> processIdForKey(String actor, String businessKey);

    List<ProcessInstance> list(ProcessFilter filter);
}
