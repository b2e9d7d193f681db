-- Baton schema, version 6: what the admin console's process list needs to stay an index range scan on a
-- table of millions of finished processes. Filtering by start actor and state together ("failed processes of
-- orders.Order#1") would otherwise walk one of the single-criterion indexes until a page is full.
CREATE INDEX baton_process_actor_state_ix ON baton_process (actor, state, id);
