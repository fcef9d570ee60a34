# shellcheck shell=bash
# Shared settings for scripts/nautobot/*.sh (sourced, not executed).

NB_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NB_VERSION="$(tr -d '[:space:]' <"$NB_SCRIPT_DIR/version")"
NB_API_VERSION="$(echo "$NB_VERSION" | cut -d. -f1,2)"

# Cache layout: $NB_DIR is the virtualenv itself (bin/, lib/, ...) plus the
# harness state next to it.
NB_DIR="${LBUI_CACHE:-$HOME/.cache/lb-ui}/nautobot-$NB_VERSION"
NB_BIN="$NB_DIR/bin/nautobot-server"
NB_DUMP="$NB_DIR/db.dump"           # pg_dump -Fc of a freshly migrated DB + admin + token
NB_PORT="${NAUTOBOT_PORT:-8080}"
# Per port, so a second server (say, the benchmark's on 8081 with its own NAUTOBOT_DB_NAME) can run beside the tests'.
NB_PIDFILE="$NB_DIR/server-$NB_PORT.pid"
NB_LOGDIR="$NB_DIR/logs"
NB_LOG="$NB_LOGDIR/server-$NB_PORT.log"
NB_SETUP_LOG="$NB_LOGDIR/setup-$NB_PORT.log"

NB_URL="http://127.0.0.1:$NB_PORT"
NB_TOKEN="0123456789abcdef0123456789abcdef01234567"
NB_ADMIN_USER="admin"
NB_ADMIN_PASSWORD="admin"
NB_ADMIN_EMAIL="admin@example.com"

export NAUTOBOT_CONFIG="${NAUTOBOT_CONFIG:-$NB_SCRIPT_DIR/nautobot_config.py}"
export NAUTOBOT_ROOT="${NAUTOBOT_ROOT:-$NB_DIR/root}"
export NAUTOBOT_DB_NAME="${NAUTOBOT_DB_NAME:-lbui_nautobot}"
export NAUTOBOT_DB_USER="${NAUTOBOT_DB_USER:-postgres}"
export NAUTOBOT_DB_HOST="${NAUTOBOT_DB_HOST:-127.0.0.1}"
export NAUTOBOT_DB_PORT="${NAUTOBOT_DB_PORT:-5432}"
export NAUTOBOT_REDIS_HOST="${NAUTOBOT_REDIS_HOST:-127.0.0.1}"
export NAUTOBOT_REDIS_PORT="${NAUTOBOT_REDIS_PORT:-6379}"
# libpq tools (psql, pg_dump, ...) use the same connection settings.
export PGHOST="$NAUTOBOT_DB_HOST" PGPORT="$NAUTOBOT_DB_PORT" PGUSER="$NAUTOBOT_DB_USER"
if [[ -n "${NAUTOBOT_DB_PASSWORD:-}" ]]; then export PGPASSWORD="$NAUTOBOT_DB_PASSWORD"; fi

nb_log() { echo "[nautobot] $*"; }
nb_die() { echo "[nautobot] ERROR: $*" >&2; exit 1; }

# Print the tail of a log file to stderr (used on failures).
nb_tail() {
  local file="$1" lines="${2:-40}"
  if [[ -s "$file" ]]; then
    echo "----- last $lines lines of $file -----" >&2
    tail -n "$lines" "$file" >&2
    echo "-----" >&2
  fi
}

# Run a command quietly, appending its output to the setup log; on failure show the tail.
nb_run() {
  mkdir -p "$NB_LOGDIR"
  echo "+ $*" >>"$NB_SETUP_LOG"
  if ! "$@" >>"$NB_SETUP_LOG" 2>&1; then
    echo "[nautobot] ERROR: command failed: $*" >&2
    nb_tail "$NB_SETUP_LOG"
    exit 1
  fi
}

# PID recorded by up.sh if that process is still a live nautobot-server, else empty.
nb_running_pid() {
  local pid state
  [[ -f "$NB_PIDFILE" ]] || return 0
  pid="$(tr -d '[:space:]' <"$NB_PIDFILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != Z* ]] || return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'nautobot-server' || return 0
  echo "$pid"
}

# HTTP status of GET /api/ (000 when nothing answers).
nb_api_status() {
  curl -s -o /dev/null -m 5 -w '%{http_code}' -H "Authorization: Token $NB_TOKEN" "$NB_URL/api/" || true
}
