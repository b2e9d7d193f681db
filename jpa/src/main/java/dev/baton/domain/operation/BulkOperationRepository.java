package dev.baton.domain.operation;

import java.util.List;
import java.util.Optional;

/** Bulk operations and their progress. */
public interface BulkOperationRepository {

    void add(BulkOperation operation);

    Optional<BulkOperation> find(String id);

    Optional<BulkOperation> lock(String id);

    List<BulkOperation> running();

    /** The newest operations first. */
    List<BulkOperation> recent(int limit);
}
