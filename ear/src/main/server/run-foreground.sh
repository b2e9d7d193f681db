#!/usr/bin/env bash
# Starts the provisioned WildFly in the foreground for "./mvnw -Prun ...".
# Usage: JBOSS_HOME=<server> run-foreground.sh [standalone.sh arguments...]
#
# exec-maven-plugin does not stop its child when Maven itself is killed, so this wrapper ties the server's
# life to Maven's: it stops WildFly (gracefully, SIGTERM) on Ctrl-C, on SIGTERM/SIGHUP, or as soon as its
# parent process (Maven) is gone.
set -u
: "${JBOSS_HOME:?JBOSS_HOME must point to the WildFly installation}"
maven_pid=$PPID
export LAUNCH_JBOSS_IN_BACKGROUND=1   # standalone.sh then forwards INT/TERM to the JVM
"$JBOSS_HOME/bin/standalone.sh" "$@" &
server=$!
stop() { kill -TERM "$server" 2>/dev/null; wait "$server"; exit 0; }
trap stop INT TERM HUP
while kill -0 "$server" 2>/dev/null; do
    kill -0 "$maven_pid" 2>/dev/null || stop
    sleep 1
done
wait "$server"
