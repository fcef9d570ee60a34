#!/usr/bin/env bash
# Write the pinned Nautobot's OpenAPI 3 schema (JSON) to <outfile>.
# Generated offline with `nautobot-server spectacular` against the migrated
# database created by up.sh (the server itself need not be running).
set -euo pipefail
# shellcheck source=_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

[[ $# -eq 1 ]] || { echo "usage: $0 <outfile.json>" >&2; exit 2; }
out="$1"

[[ -x "$NB_BIN" ]] || nb_die "Nautobot $NB_VERSION is not installed; run scripts/nautobot/up.sh first"
if ! psql -d "$NAUTOBOT_DB_NAME" -Atqc "select 1 from django_migrations limit 1" >/dev/null 2>&1; then
  nb_die "database $NAUTOBOT_DB_NAME is missing or not migrated; run scripts/nautobot/up.sh first"
fi

mkdir -p "$NB_LOGDIR" "$(dirname "$out")"
log="$NB_LOGDIR/openapi.log"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
nb_log "generating OpenAPI schema (API version $NB_API_VERSION)"
if ! "$NB_BIN" spectacular --api-version "$NB_API_VERSION" --format openapi-json --file "$tmp" >"$log" 2>&1; then
  echo "[nautobot] ERROR: schema generation failed" >&2
  nb_tail "$log"
  exit 1
fi
"$NB_DIR/bin/python" -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d.get("openapi") and d.get("paths"), "not an OpenAPI document"' "$tmp" \
  || nb_die "generated schema is not valid OpenAPI JSON"
mv -f "$tmp" "$out"
trap - EXIT
nb_log "wrote $out ($(wc -c <"$out") bytes)"
