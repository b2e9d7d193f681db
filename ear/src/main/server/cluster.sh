#!/usr/bin/env bash
# Baton: a local cluster of N WildFly nodes on one machine, sharing one PostgreSQL database and one
# Hazelcast cluster of their own. Reuses the server provisioned by `./mvnw -pl ear -am package -DskipTests`
# (ear/target/wildfly and ear/target/baton.ear); every node gets its own base directory (configuration,
# deployments, data, log) under $BATON_CLUSTER_DIR/node<i>.
#
#   cluster.sh start [N]      start nodes 1..N (default 3) and wait until each is ready
#   cluster.sh stop           stop every node (gracefully; kill -9 after 60 s)
#   cluster.sh status         pid, state and URLs of each node
#   cluster.sh start-node I   start (or restart) node I      cluster.sh stop-node I   stop node I gracefully
#   cluster.sh kill I         kill -9 node I                  cluster.sh pause I / resume I   SIGSTOP / SIGCONT
#   cluster.sh urls           the nodes' API URLs, comma-separated (for the SDK, the bench, curl)
#   cluster.sh wait-ready I   wait until node I answers /health/ready
#
# Ports: node I runs with port offset BATON_PORT_OFFSET + (I-1)*100: HTTP 8080+offset, management
# 9990+offset, Hazelcast 5701+offset. With the default offset 500: nodes on 8580, 8680, 8780 (management
# 10490, 10590, 10690; Hazelcast 6201, 6301, 6401).
#
# Environment (defaults in brackets):
#   BATON_CLUSTER_NODES     number of nodes for start [3]; also the member list every node is given
#   BATON_CLUSTER_DIR       node directories [ear/target/cluster]
#   BATON_CLUSTER_NAME      Hazelcast cluster name [baton-local-<offset>]
#   BATON_PORT_OFFSET       port offset of node 1 [500]
#   WILDFLY_HOME            provisioned server [ear/target/wildfly]
#   BATON_EAR               the application [ear/target/baton.ear]
#   BATON_DB_URL / BATON_DB_USER / BATON_DB_PASSWORD
#                           [jdbc:postgresql://127.0.0.1:5432/baton_cluster / postgres / postgres]
#   BATON_DB_CREATE         create the database if it is missing, with psql [true]
#   BATON_DB_POOL_MAX       connections per node [10]
#   BATON_NODE_JVM          JVM options of every node [-Xms128m -Xmx512m ...]
#   BATON_NODE_PROPS        extra -D options for every node (e.g. -Dbaton.task.lease-timeout-seconds=10)
#   BATON_NODE_ROLES_<I>    roles of node I [api,executor]
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
EAR_MODULE="$(cd "$HERE/../../.." && pwd)"
NODES="${BATON_CLUSTER_NODES:-3}"
DIR="${BATON_CLUSTER_DIR:-$EAR_MODULE/target/cluster}"
OFFSET="${BATON_PORT_OFFSET:-500}"
NAME="${BATON_CLUSTER_NAME:-baton-local-$OFFSET}"
WILDFLY="${WILDFLY_HOME:-$EAR_MODULE/target/wildfly}"
EAR="${BATON_EAR:-$EAR_MODULE/target/baton.ear}"
DB_URL="${BATON_DB_URL:-jdbc:postgresql://127.0.0.1:5432/baton_cluster}"
DB_USER="${BATON_DB_USER:-postgres}"
DB_PASSWORD="${BATON_DB_PASSWORD:-postgres}"
JVM="${BATON_NODE_JVM:--Xms128m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true}"

offset_of() { echo $((OFFSET + ($1 - 1) * 100)); }
http_port() { echo $((8080 + $(offset_of "$1"))); }
mgmt_port() { echo $((9990 + $(offset_of "$1"))); }
hz_port() { echo $((5701 + $(offset_of "$1"))); }
node_dir() { echo "$DIR/node$1"; }
pid_of() { cat "$(node_dir "$1")/pid" 2>/dev/null || true; }
alive() { local pid; pid="$(pid_of "$1")"; [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }
log() { printf '%s cluster: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

members() {
    local list="" i
    for i in $(seq 1 "$NODES"); do list="${list:+$list,}127.0.0.1:$(hz_port "$i")"; done
    echo "$list"
}

create_database() {
    [[ "${BATON_DB_CREATE:-true}" == "true" && "$DB_URL" =~ ^jdbc:postgresql://([^:/]+):?([0-9]*)/([A-Za-z0-9_]+) ]] || return 0
    local host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[2]:-5432}" db="${BASH_REMATCH[3]}"
    local psql=(psql -h "$host" -p "$port" -U "$DB_USER" -d postgres -qAtX)
    if [[ "$("${psql[@]}" -c "select 1 from pg_database where datname = '$db'")" != "1" ]]; then
        log "creating database $db on $host:$port"
        "${psql[@]}" -c "create database $db"
    fi
}

prepare() {
    local dir; dir="$(node_dir "$1")"
    [[ -d "$WILDFLY/standalone/configuration" ]] || { log "no provisioned server in $WILDFLY: run ./mvnw -pl ear -am package -DskipTests"; exit 1; }
    [[ -f "$EAR" ]] || { log "no $EAR: run ./mvnw -pl ear -am package -DskipTests"; exit 1; }
    mkdir -p "$dir/deployments" "$dir/data" "$dir/log" "$dir/tmp"
    if [[ ! -f "$dir/configuration/standalone-full.xml" ]]; then
        cp -r "$WILDFLY/standalone/configuration" "$dir/"
        rm -rf "$dir/configuration/standalone_xml_history"
    fi
    rm -f "$dir/deployments/"*.failed "$dir/deployments/"*.deployed "$dir/deployments/"*.undeployed
    cp "$EAR" "$dir/deployments/baton.ear"
}

start_node() {
    local i="$1" dir roles_var props
    dir="$(node_dir "$i")"
    if alive "$i"; then log "node$i already runs (pid $(pid_of "$i"))"; return 0; fi
    prepare "$i"
    roles_var="BATON_NODE_ROLES_$i"
    props=(-c standalone-full.xml
        "-Djboss.server.base.dir=$dir"
        "-Djboss.socket.binding.port-offset=$(offset_of "$i")"
        "-Djboss.tx.node.id=node$i"
        "-Dbaton.node.name=node$i"
        "-Dbaton.node.roles=${!roles_var:-api,executor}"
        "-Dbaton.cluster.name=$NAME"
        "-Dbaton.cluster.port=$(hz_port "$i")"
        "-Dbaton.cluster.members=$(members)"
        "-Dbaton.db.driver=postgresql" "-Dbaton.db.url=$DB_URL" "-Dbaton.db.user=$DB_USER"
        "-Dbaton.db.password=$DB_PASSWORD"
        "-Dbaton.db.pool.min=2" "-Dbaton.db.pool.max=${BATON_DB_POOL_MAX:-10}")
    # shellcheck disable=SC2206
    local extra=(${BATON_NODE_PROPS:-})
    log "starting node$i: HTTP $(http_port "$i"), management $(mgmt_port "$i"), Hazelcast $(hz_port "$i"), dir $dir"
    rm -f "$dir/pid"
    # LAUNCH_JBOSS_IN_BACKGROUND makes standalone.sh write the server JVM's own pid, so kill -9, SIGSTOP
    # and SIGCONT reach the server itself.
    JAVA_OPTS="$JVM" JBOSS_PIDFILE="$dir/pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        nohup "$WILDFLY/bin/standalone.sh" "${props[@]}" "${extra[@]}" >"$dir/log/console.log" 2>&1 </dev/null &
    for _ in $(seq 1 100); do [[ -s "$dir/pid" ]] && break; sleep 0.1; done
}

wait_ready() {
    local i="$1" deadline=$((SECONDS + ${BATON_READY_TIMEOUT:-600}))
    while ((SECONDS < deadline)); do
        if curl -fs -o /dev/null "http://127.0.0.1:$(mgmt_port "$i")/health/ready"; then
            log "node$i ready"; return 0
        fi
        if ! alive "$i"; then log "node$i died while starting; see $(node_dir "$i")/log"; return 1; fi
        sleep 1
    done
    log "node$i not ready after ${BATON_READY_TIMEOUT:-600} s; see $(node_dir "$i")/log/server.log"
    return 1
}

stop_node() {
    local i="$1" pid
    pid="$(pid_of "$i")"
    if ! alive "$i"; then rm -f "$(node_dir "$i")/pid"; return 0; fi
    kill -CONT "$pid" 2>/dev/null || true
    kill -TERM "$pid"
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then log "node$i did not stop in 60 s: kill -9"; kill -KILL "$pid"; fi
    rm -f "$(node_dir "$i")/pid"
    log "node$i stopped"
}

signal_node() {
    local i="$1" signal="$2" pid
    alive "$i" || { log "node$i is not running"; return 1; }
    pid="$(pid_of "$i")"
    kill "-$signal" "$pid"
    log "node$i (pid $pid): SIG$signal"
}

all_nodes() { ls -d "$DIR"/node* 2>/dev/null | sed 's/.*node//' | sort -n; }

cmd="${1:-status}"
case "$cmd" in
    start)
        NODES="${2:-$NODES}"
        create_database
        for i in $(seq 1 "$NODES"); do start_node "$i"; done
        for i in $(seq 1 "$NODES"); do wait_ready "$i"; done
        log "cluster $NAME: $NODES nodes ready: $(BATON_CLUSTER_NODES=$NODES "$0" urls)"
        ;;
    start-node) start_node "$2"; wait_ready "$2" ;;
    wait-ready) wait_ready "$2" ;;
    stop-node) stop_node "$2" ;;
    stop) for i in $(all_nodes); do stop_node "$i" & done; wait ;;
    kill) signal_node "$2" KILL; rm -f "$(node_dir "$2")/pid" ;;
    pause) signal_node "$2" STOP ;;
    resume) signal_node "$2" CONT ;;
    urls)
        list=""
        for i in $(seq 1 "$NODES"); do list="${list:+$list,}http://127.0.0.1:$(http_port "$i")/api/v1"; done
        echo "$list"
        ;;
    status)
        for i in $(all_nodes); do
            state=stopped
            if alive "$i"; then
                state="running (pid $(pid_of "$i"))"
                [[ "$(ps -o state= -p "$(pid_of "$i")" | tr -d ' ')" == T ]] && state="paused (pid $(pid_of "$i"))"
            fi
            echo "node$i: $state  http://127.0.0.1:$(http_port "$i")/api/v1  management :$(mgmt_port "$i")  hazelcast :$(hz_port "$i")"
        done
        ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
esac
