package dev.baton.domain.history;

import java.util.List;

/** Where history entries are appended and read back. */
public interface HistoryRepository {

    void append(HistoryEntry entry);

    List<HistoryEntry> ofProcess(String processId, int limit);
}
