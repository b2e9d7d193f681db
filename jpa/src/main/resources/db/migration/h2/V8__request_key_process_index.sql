-- Retention deletes a finished process's request keys with it, found through this index.
CREATE INDEX baton_request_key_process_ix ON baton_request_key (process_id);
