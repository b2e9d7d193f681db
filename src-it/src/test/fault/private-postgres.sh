#!/usr/bin/env bash
# A private PostgreSQL server for the fault tests, so that scenario 4 can restart "the database" without
# touching the shared server on 5432. Uses Debian's binaries (/usr/lib/postgresql/<version>/bin); as root
# (CI) it runs them as the postgres OS user, because initdb refuses root.
#
#   private-postgres.sh start DIR PORT   initdb into DIR (if empty) and start on 127.0.0.1:PORT (trust auth)
#   private-postgres.sh stop DIR         fast shutdown (active connections are cut)
#   private-postgres.sh restart DIR      stop, then start again on the same port
#   private-postgres.sh remove DIR       stop, and delete a data directory that had to live under /tmp
set -euo pipefail

cmd="$1"; dir="$2"; port="${3:-}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[[ -x "$bin/initdb" ]] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The data directory: DIR itself, or (when the postgres user cannot write there, e.g. a checkout under a
# directory only root may enter) a directory under /tmp whose path is kept in DIR.location.
data_dir() {
    if [[ -f "$dir.location" ]]; then cat "$dir.location"; else echo "$dir"; fi
}

case "$cmd" in
    start)
        mkdir -p "$dir"
        if [[ "$(id -u)" == 0 ]]; then
            chown postgres: "$dir"
            if [[ ! -f "$dir.location" ]] && ! runuser -u postgres -- test -w "$dir"; then
                alt="$(mktemp -d /tmp/baton-fault-pg.XXXXXX)"
                chown postgres: "$alt"
                echo "$alt" >"$dir.location"
            fi
        fi
        data="$(data_dir)"
        chmod 700 "$data"
        if [[ ! -f "$data/PG_VERSION" ]]; then
            as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >"$dir.initdb.log" 2>&1
        fi
        echo "$port" >"$dir.port"
        # Small and fast: the fault nodes use a few connections each; durability settings stay the defaults,
        # because the scenarios rely on committed data surviving a restart. A session idle in a transaction
        # (a paused node's) is ended after 20 s, so its row locks do not outlive it.
        as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
            -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=80 -c shared_buffers=64MB -c idle_in_transaction_session_timeout=20s" start >/dev/null
        ;;
    stop)
        data="$(data_dir)"
        if [[ -f "$data/postmaster.pid" ]]; then
            as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
        fi
        ;;
    remove)
        # Stops the server; a data directory under /tmp (see data_dir) is deleted, one under DIR is kept.
        "$0" stop "$dir"
        if [[ -f "$dir.location" ]]; then rm -rf "$(cat "$dir.location")" "$dir.location"; fi
        ;;
    restart)
        "$0" stop "$dir"
        "$0" start "$dir" "$(cat "$dir.port")"
        ;;
    *) echo "usage: $0 start DIR PORT | stop DIR | restart DIR | remove DIR" >&2; exit 2 ;;
esac
