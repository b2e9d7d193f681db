-- Query plans of the engine's recurring queries and the console's listings on a database with a large history
-- (docs/benchmarks.md, "A million finished processes"). Run against the seeded database:
--   psql -h 127.0.0.1 -U postgres -d sched_bench_1m -f bench/explain-history.sql
-- The statements are those Hibernate issues (JPQL in JpaTaskRepository, JpaProcessRepository, ProcessQuery,
-- JpaRetentionRepository, JpaScheduleRepository), with literal parameters; ids are taken from the data.
\timing on
\set now '''' `date -u +%Y-%m-%dT%H:%M:%SZ` ''''
select id as pid from baton_process order by id desc limit 1 \gset
select id as tid from baton_task where process_id = :'pid' limit 1 \gset

\echo '--- hot path: lock a process, its task, the dependents of the task, its unfinished tasks, its history'
explain (analyze, buffers, costs off) select * from baton_process where id = :'pid' for update;
explain (analyze, buffers, costs off) select * from baton_task where id = :'tid';
explain (analyze, buffers, costs off) select t.* from baton_task t where t.id in (select d.task_id from baton_task_dep d where d.depends_on = :'tid');
explain (analyze, buffers, costs off) select * from baton_task where process_id = :'pid' and state in ('WAITING','SCHEDULED','READY','AWAITING_EVENT','RESOLVING');
explain (analyze, buffers, costs off) select * from baton_history where process_id = :'pid' order by at, id limit 1000;

\echo '--- every second / ten seconds: due tasks, queue rebuild, waits and deadlines, due schedules'
explain (analyze, buffers, costs off) select t.id from baton_task t where t.state = 'SCHEDULED' and t.ready_at <= :'now' and exists (select 1 from baton_process p where p.id = t.process_id and p.state = 'RUNNING') order by t.ready_at limit 200;
explain (analyze, buffers, costs off) select t.* from baton_task t where t.state = 'READY' and t.ready_at <= :'now' and exists (select 1 from baton_process p where p.id = t.process_id and p.state = 'RUNNING') order by t.ready_at, t.id limit 500;
explain (analyze, buffers, costs off) select t.id from baton_task t where t.state in ('READY','AWAITING_EVENT') and t.wait_deadline <= :'now' and exists (select 1 from baton_process p where p.id = t.process_id and p.state = 'RUNNING') order by t.wait_deadline limit 200;
explain (analyze, buffers, costs off) select p.id from baton_process p where p.state in ('RUNNING','SUSPENDED') and p.deadline_at <= :'now' order by p.deadline_at limit 200;
explain (analyze, buffers, costs off) select s.name, s.next_fire_at from baton_schedule s where s.state = 'ACTIVE' and s.next_fire_at <= :'now' order by s.next_fire_at limit 100;

\echo '--- retention: candidates, backlog count, oldest (cutoff 7 days back)'
explain (analyze, buffers, costs off) select p.id from baton_process p where p.state = 'COMPLETED' and p.ended_at < now() - interval '7 days' order by p.ended_at, p.id limit 200;
explain (analyze, buffers, costs off) select count(*) from baton_process p where p.state = 'COMPLETED' and p.ended_at < now() - interval '7 days';
explain (analyze, buffers, costs off) select min(p.ended_at) from baton_process p where p.state = 'COMPLETED';

\echo '--- console: lists, newest first (keyset), broken groups, counts'
explain (analyze, buffers, costs off) select * from baton_process p order by p.id desc limit 51;
explain (analyze, buffers, costs off) select * from baton_process p where p.state = 'RUNNING' order by p.id desc limit 51;
explain (analyze, buffers, costs off) select * from baton_process p where p.state = 'COMPLETED' order by p.id desc limit 51;
explain (analyze, buffers, costs off) select * from baton_process p where p.actor = 'bench.Start#1.0' order by p.id desc limit 51;
explain (analyze, buffers, costs off) select * from baton_process p where p.actor = 'bench.Start#1.0' and p.state = 'RUNNING' order by p.id desc limit 51;
explain (analyze, buffers, costs off) select * from baton_process p where p.state = 'FAILED' and p.error_type = 'io-error' order by p.id desc limit 51;
explain (analyze, buffers, costs off) select * from baton_process p where p.ended_at >= now() - interval '1 hour' and p.ended_at < now() order by p.id desc limit 51;
-- An end-time window six days back, as ProcessQuery writes it: with the id bound it derives from endedTo ...
select lpad(to_hex((extract(epoch from now() - interval '6 days' + interval '1 hour 1 second') * 1000)::bigint), 12, '0') as hx \gset
explain (analyze, buffers, costs off) select * from baton_process p where p.ended_at >= now() - interval '6 days' and p.ended_at < now() - interval '6 days' + interval '1 hour' and p.id < (substr(:'hx', 1, 8) || '-' || substr(:'hx', 9, 4) || '-7000-8000-000000000000') order by p.id desc limit 51;
-- ... and without it (before the fix): the newest-first walk reads every process ended since.
explain (analyze, buffers, costs off) select * from baton_process p where p.ended_at >= now() - interval '6 days' and p.ended_at < now() - interval '6 days' + interval '1 hour' order by p.id desc limit 51;
explain (analyze, buffers, costs off) select * from baton_process p where p.schedule_name = 'nightly' order by p.id desc limit 51;
explain (analyze, buffers, costs off) select p.cause_actor, p.error_type, p.actor, count(*), max(p.ended_at) from baton_process p where p.state = 'FAILED' and p.ended_at >= now() - interval '1 day' and p.ended_at < now() group by 1, 2, 3 order by 4 desc limit 100;
explain (analyze, buffers, costs off) select p.state, count(*) from baton_process p group by p.state;
