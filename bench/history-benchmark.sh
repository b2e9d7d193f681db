#!/usr/bin/env bash
# The reference benchmark on an empty PostgreSQL database and on one holding 1,000,000 finished processes,
# back to back on the same server build, as recorded in docs/benchmarks.md ("A million finished processes").
#
#   bench/history-benchmark.sh [runs-per-database]        (default 3; the last run of each is the warm figure)
#
# Needs: the build (./mvnw -DskipTests install, which provisions ear/target/wildfly), PostgreSQL on
# 127.0.0.1:5432 (user postgres, trust auth). Environment: BENCH_OFFSET (port offset, default 100: HTTP 8180),
# BENCH_DB_PREFIX (default sched_bench), MVN_REPO (Maven local repository, default ~/.m2/repository),
# SEED_COUNT (default 1000000). The two databases are created afresh and left in place for EXPLAIN; drop them
# when done.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
OFFSET=${BENCH_OFFSET:-100}
PREFIX=${BENCH_DB_PREFIX:-sched_bench}
REPO=${MVN_REPO:-$HOME/.m2/repository}
COUNT=${SEED_COUNT:-1000000}
HTTP=$((8080 + OFFSET))
HZ=$((5701 + OFFSET))
WF=ear/target/wildfly
PSQL=(psql -h 127.0.0.1 -U postgres -d postgres -qX -v ON_ERROR_STOP=1)
MVN=(./mvnw -B -q -ntp -Dmaven.repo.local="$REPO")
PIDFILE=$(mktemp)
log() { printf '\n=== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

start_server() {  # $1 = database
    rm -f "$WF"/standalone/deployments/baton.ear*
    cp ear/target/baton.ear "$WF/standalone/deployments/"
    BATON_DB_DRIVER=postgresql BATON_DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" BATON_DB_USER=postgres \
    BATON_DB_PASSWORD=postgres JBOSS_PIDFILE="$PIDFILE" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        "$WF/bin/standalone.sh" -c standalone-full.xml -Djboss.socket.binding.port-offset="$OFFSET" \
        -Dbaton.cluster.name="bench-$OFFSET" -Dbaton.cluster.port="$HZ" -Dbaton.cluster.members="127.0.0.1:$HZ" \
        > "/tmp/$1-server.log" 2>&1 &
    for _ in $(seq 1 180); do
        if curl -sf -u baton:baton "http://127.0.0.1:$HTTP/api/v1/clock" >/dev/null; then return 0; fi
        sleep 1
    done
    echo "server on $1 did not start; see /tmp/$1-server.log" >&2
    exit 1
}

stop_server() {
    local pid; pid=$(cat "$PIDFILE" 2>/dev/null || true)
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -f "$WF"/standalone/deployments/baton.ear*
}
trap stop_server EXIT

bench() {  # $1 = label
    "${MVN[@]}" -pl bench verify -DskipTests -Pbench -Dexec.args="--url http://127.0.0.1:$HTTP/api/v1 --db $1"
}

for db in "${PREFIX}_empty" "${PREFIX}_1m"; do
    "${PSQL[@]}" -c "drop database if exists $db with (force)" -c "create database $db"
done

log "schema and a template process in ${PREFIX}_1m"
start_server "${PREFIX}_1m"
"${MVN[@]}" -pl bench verify -DskipTests -Pbench -Dexec.args="--url http://127.0.0.1:$HTTP/api/v1 --db template --processes 100 --warmup 0"
stop_server

log "seeding $COUNT finished processes into ${PREFIX}_1m"
"${MVN[@]}" -pl bench verify -DskipTests -Pseed -Dexec.args="--jdbc jdbc:postgresql://127.0.0.1:5432/${PREFIX}_1m --count $COUNT"
"${PSQL[@]}" -d "${PREFIX}_1m" -c "select state, count(*) from baton_process group by state"

for db in "${PREFIX}_empty" "${PREFIX}_1m"; do
    log "benchmark on $db ($RUNS runs after boot)"
    start_server "$db"
    for run in $(seq 1 "$RUNS"); do bench "pg-${db#"${PREFIX}_"}-run$run"; done
    stop_server
done
log "done"
