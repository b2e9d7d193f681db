#!/usr/bin/env bash
# The reference workload against a local cluster of N nodes (default 3) on PostgreSQL, with the load
# generator's deciders, workers and starters spread over the nodes (each thread prefers one node and fails
# over to the others). Starts the cluster with ear/src/main/server/cluster.sh on a fresh database, runs
# the benchmark, stops the cluster and drops the database.
#
#   bench/cluster-bench.sh [N] [bench flags...]      e.g. bench/cluster-bench.sh 1; bench/cluster-bench.sh 3
#
# Needs ./mvnw -B -ntp install -DskipTests (or -pl ear,bench -am) first. Environment: BATON_BENCH_DB
# (database name prefix, default baton_bench), BATON_PORT_OFFSET (default 500), PGHOST/PGPORT for psql
# (default 127.0.0.1:5432), BATON_DB_POOL_MAX (per node, default 30 / N).
set -euo pipefail
cd "$(dirname "$0")/.."
nodes="${1:-3}"; shift || true
db="${BATON_BENCH_DB:-baton_bench}_${nodes}"
pg_host="${PGHOST:-127.0.0.1}"; pg_port="${PGPORT:-5432}"
psql_admin=(psql -h "$pg_host" -p "$pg_port" -U postgres -d postgres -qAtX -v ON_ERROR_STOP=1)
export BATON_CLUSTER_NODES="$nodes" BATON_CLUSTER_DIR="$PWD/bench/target/cluster-$nodes"
export BATON_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$db" BATON_DB_POOL_MAX="${BATON_DB_POOL_MAX:-$((30 / nodes))}"
cluster=(ear/src/main/server/cluster.sh)

"${psql_admin[@]}" -c "drop database if exists $db with (force)"
"${psql_admin[@]}" -c "create database $db"
cleanup() { "${cluster[@]}" stop || true; "${psql_admin[@]}" -c "drop database if exists $db with (force)" || true; }
trap cleanup EXIT
rm -rf "$BATON_CLUSTER_DIR"
"${cluster[@]}" start "$nodes"
urls="$("${cluster[@]}" urls)"
cp="$(./mvnw -q -o -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime):bench/target/classes"
java -cp "$cp" dev.baton.bench.ReferenceBenchmark --url "$urls" --db pg --worker-threads 6 --decider-threads 3 \
    --starters 3 "$@"
