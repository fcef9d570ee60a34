#!/usr/bin/env bash
# Stop the Nautobot test server started by up.sh. PostgreSQL and Redis are left alone.
set -euo pipefail
# shellcheck source=_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

pid="$(nb_running_pid)"
if [[ -z "$pid" ]]; then
  rm -f "$NB_PIDFILE"
  nb_log "server not running"
  exit 0
fi

# up.sh starts the server as a session/process-group leader (setsid), so the
# group holds the uWSGI master, its HTTP router and workers.
pgid="$(ps -o pgid= -p "$pid" | tr -d ' ' || true)"
signal_it() {
  if [[ "$pgid" == "$pid" ]]; then kill "-$1" -- "-$pgid" 2>/dev/null || true
  else kill "-$1" "$pid" 2>/dev/null || true; fi
}

# Any live (non-zombie) process left? Zombies are reaped by init, sometimes slowly.
group_alive() {
  local states
  if [[ "$pgid" == "$pid" ]]; then states="$(ps -o stat= -g "$pgid" 2>/dev/null || true)"
  else states="$(ps -o stat= -p "$pid" 2>/dev/null || true)"; fi
  grep -qv '^Z' <<<"$states"
}

nb_log "stopping server (pid $pid)"
# SIGINT asks the uWSGI master to kill its workers and exit, but threaded workers
# often spin for 3-10s before dying. This is a disposable test server whose DB is
# reset on every up, so after a 1s grace period KILL the whole group.
signal_it INT
for _ in $(seq 1 4); do
  group_alive || break
  sleep 0.25
done
if group_alive; then
  signal_it KILL
  for _ in $(seq 1 40); do
    group_alive || break
    sleep 0.25
  done
fi
group_alive && nb_die "could not stop server process group $pgid"
rm -f "$NB_PIDFILE"
nb_log "server stopped"
