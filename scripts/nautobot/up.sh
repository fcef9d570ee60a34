#!/usr/bin/env bash
# Start a real Nautobot (version pinned in ./version) on 127.0.0.1:${NAUTOBOT_PORT:-8080}
# with a clean, migrated database containing superuser admin/admin and the fixed API token.
#
# Always: stop any previous server -> reset the DB -> start -> wait until ready.
# The first run installs Nautobot into the cache venv and migrates (minutes); later
# runs restore a cached pg_dump (seconds).
#
# Env: LBUI_CACHE, NAUTOBOT_PORT, NAUTOBOT_DB_*, NAUTOBOT_REDIS_*, NAUTOBOT_WORKERS (4), NAUTOBOT_HTTP_TIMEOUT (600),
#      NAUTOBOT_THREADS (2), NAUTOBOT_START_TIMEOUT (seconds, 180).
set -euo pipefail
# shellcheck source=_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

started_at=$SECONDS
mkdir -p "$NB_DIR" "$NB_LOGDIR" "$NAUTOBOT_ROOT"
: >"$NB_SETUP_LOG"

# --- 1. virtualenv with the pinned Nautobot --------------------------------------------
installed_version() {
  [[ -x "$NB_DIR/bin/python" ]] || return 0
  "$NB_DIR/bin/python" -c 'import importlib.metadata as m; print(m.version("nautobot"))' 2>/dev/null || true
}
if [[ "$(installed_version)" != "$NB_VERSION" ]]; then
  nb_log "installing nautobot==$NB_VERSION into $NB_DIR (takes a few minutes)"
  command -v python3 >/dev/null || nb_die "python3 not found"
  [[ -x "$NB_DIR/bin/python" ]] || nb_run python3 -m venv "$NB_DIR"
  nb_run "$NB_DIR/bin/python" -m pip install --quiet "nautobot==$NB_VERSION"
  [[ "$(installed_version)" == "$NB_VERSION" ]] || nb_die "nautobot $NB_VERSION not importable after install"
  rm -f "$NB_DUMP" # a dump made by another build is not trusted
fi

# --- 2. PostgreSQL and Redis ------------------------------------------------------------
is_local() { [[ "$1" == "127.0.0.1" || "$1" == "localhost" || "$1" == "::1" ]]; }

if ! pg_isready -q -t 3; then
  is_local "$PGHOST" || nb_die "PostgreSQL at $PGHOST:$PGPORT is not answering"
  cluster_version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$cluster_version" ]] || nb_die "PostgreSQL is not answering and no local cluster was found"
  nb_log "starting PostgreSQL $cluster_version"
  nb_run pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main start
  for _ in $(seq 1 60); do pg_isready -q -t 1 && break; sleep 0.5; done
  pg_isready -q -t 3 || nb_die "PostgreSQL did not become ready"
fi

redis_ping() {
  if command -v redis-cli >/dev/null; then
    [[ "$(redis-cli -h "$NAUTOBOT_REDIS_HOST" -p "$NAUTOBOT_REDIS_PORT" ping 2>/dev/null)" == "PONG" ]]
  else
    "$NB_DIR/bin/python" -c 'import os, redis; redis.Redis(host=os.environ["NAUTOBOT_REDIS_HOST"], port=int(os.environ["NAUTOBOT_REDIS_PORT"]), socket_timeout=2).ping()' 2>/dev/null
  fi
}
if ! redis_ping; then
  is_local "$NAUTOBOT_REDIS_HOST" || nb_die "Redis at $NAUTOBOT_REDIS_HOST:$NAUTOBOT_REDIS_PORT is not answering"
  command -v redis-server >/dev/null || nb_die "Redis is not answering and redis-server is not installed"
  nb_log "starting Redis on 127.0.0.1:$NAUTOBOT_REDIS_PORT"
  nb_run redis-server --daemonize yes --bind 127.0.0.1 --port "$NAUTOBOT_REDIS_PORT" --save "" --appendonly no
  for _ in $(seq 1 40); do redis_ping && break; sleep 0.25; done
  redis_ping || nb_die "Redis did not become ready"
fi

# --- 3. stop any previous server --------------------------------------------------------
"$NB_SCRIPT_DIR/down.sh" >/dev/null
if [[ "$(nb_api_status)" != "000" ]]; then
  nb_die "something else is already listening on 127.0.0.1:$NB_PORT (set NAUTOBOT_PORT)"
fi

# --- 4. clean database ------------------------------------------------------------------
DB="$NAUTOBOT_DB_NAME"
recreate_db() {
  nb_run dropdb --if-exists --force "$DB"
  nb_run createdb --encoding UTF8 --template template0 "$DB"
}

if [[ -s "$NB_DUMP" ]]; then
  nb_log "restoring database $DB from cached dump"
  recreate_db
  if ! pg_restore --no-owner --exit-on-error --jobs 4 -d "$DB" "$NB_DUMP" >>"$NB_SETUP_LOG" 2>&1; then
    nb_log "cached dump is unusable, discarding it and migrating from scratch"
    rm -f "$NB_DUMP"
  fi
fi
if [[ ! -s "$NB_DUMP" ]]; then
  nb_log "creating database $DB and running migrations (first run: a few minutes)"
  recreate_db
  nb_run "$NB_BIN" migrate --no-input
  nb_log "creating superuser $NB_ADMIN_USER and API token"
  DJANGO_SUPERUSER_PASSWORD="$NB_ADMIN_PASSWORD" nb_run "$NB_BIN" createsuperuser --no-input \
    --username "$NB_ADMIN_USER" --email "$NB_ADMIN_EMAIL"
  nb_run "$NB_BIN" shell -c "
from django.contrib.auth import get_user_model
from nautobot.users.models import Token
user = get_user_model().objects.get(username='$NB_ADMIN_USER')
Token.objects.filter(key='$NB_TOKEN').delete()
Token.objects.create(user=user, key='$NB_TOKEN', description='lb-ui harness token')
"
  nb_log "caching database dump"
  nb_run pg_dump --format custom --no-owner --file "$NB_DUMP.tmp" "$DB"
  mv -f "$NB_DUMP.tmp" "$NB_DUMP"
fi

# Static files for the web UI / API docs (only once per cache dir).
if [[ ! -f "$NAUTOBOT_ROOT/static/.collected" ]]; then
  nb_log "collecting static files"
  nb_run "$NB_BIN" collectstatic --no-input
  touch "$NAUTOBOT_ROOT/static/.collected"
fi

# Nautobot's Redis cache (DB 1) may hold entries derived from a previous database.
if command -v redis-cli >/dev/null; then
  redis-cli -h "$NAUTOBOT_REDIS_HOST" -p "$NAUTOBOT_REDIS_PORT" -n 1 flushdb >/dev/null
else
  "$NB_DIR/bin/python" -c 'import os, redis; redis.Redis(host=os.environ["NAUTOBOT_REDIS_HOST"], port=int(os.environ["NAUTOBOT_REDIS_PORT"]), db=1).flushdb()'
fi

# --- 5. start the server (uWSGI via `nautobot-server start`) ----------------------------
nb_log "starting server on $NB_URL"
: >"$NB_LOG"
cd "$NB_DIR"
# setsid: the server gets its own process group so down.sh can stop all of it.
# --http-keepalive: without it uWSGI's router answers HTTP/1.1 without "Connection: close" and then closes the
# socket, and a client reusing it (Node's fetch, our proxy) meets ECONNRESET on a few requests in a hundred under
# load. --http-timeout: the router's default 60 s cuts off a bulk write of 1,000 objects on a small machine.
setsid "$NB_BIN" start \
  --http "127.0.0.1:$NB_PORT" \
  --master \
  --processes "${NAUTOBOT_WORKERS:-4}" \
  --threads "${NAUTOBOT_THREADS:-2}" \
  --enable-threads \
  --lazy-apps \
  --die-on-term \
  --buffer-size 32768 \
  --post-buffering 65536 \
  --disable-logging \
  --http-keepalive \
  --http-timeout "${NAUTOBOT_HTTP_TIMEOUT:-600}" \
  </dev/null >>"$NB_LOG" 2>&1 &
echo $! >"$NB_PIDFILE"

# --- 6. wait until ready ----------------------------------------------------------------
timeout="${NAUTOBOT_START_TIMEOUT:-180}"
deadline=$((SECONDS + timeout))
status=000
while ((SECONDS < deadline)); do
  if [[ -z "$(nb_running_pid)" ]]; then
    echo "[nautobot] ERROR: server process exited during startup" >&2
    nb_tail "$NB_LOG" 60
    rm -f "$NB_PIDFILE"
    exit 1
  fi
  status="$(nb_api_status)"
  [[ "$status" == "200" || "$status" == "403" ]] && break
  sleep 0.5
done
if [[ "$status" != "200" && "$status" != "403" ]]; then
  echo "[nautobot] ERROR: GET $NB_URL/api/ not ready after ${timeout}s (last status $status)" >&2
  nb_tail "$NB_LOG" 60
  "$NB_SCRIPT_DIR/down.sh" >/dev/null || true
  exit 1
fi
if [[ "$status" != "200" ]]; then
  nb_die "server is up but the API token is rejected (GET /api/ -> $status)"
fi

nb_log "ready in $((SECONDS - started_at))s"
echo "Nautobot $NB_VERSION on $NB_URL ($NB_ADMIN_USER/$NB_ADMIN_PASSWORD, token $NB_TOKEN)"
