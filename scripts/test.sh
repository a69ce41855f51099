#!/usr/bin/env bash
# npm test: the whole suite. Installs what it needs (npm ci; Debian chromium and postgresql),
# runs every test on SQLite, builds the app for the browser tests, Lighthouse alone, then runs the integration
# suite again on a throwaway Postgres cluster on 127.0.0.1. Ends with "N passed, N failed".
source "$(dirname "$0")/lib.sh"
ensure_node_modules
ensure_debian /usr/bin/chromium chromium
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
[ -n "$PG_BIN" ] || { ensure_debian /usr/lib/postgresql postgresql; PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"; }
export CONG_SHARED_DIR="${CONG_SHARED_DIR:-$ROOT/../shared}"
OUT="$(mktemp -d /tmp/cong-test-XXXX)"; chmod 755 "$OUT"
mkdir -p "$ROOT/data"
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-test-$(date +%s)}"
export CONG_DATA_DIR="$OUT/build-data"
ensure_build
node scripts/build-cli.mjs

log "Kiểm thử trên SQLite…"
npx vitest run --reporter=default --reporter=json --outputFile.json="$OUT/sqlite.json" || true

log "Đo Lighthouse (chạy riêng, máy không bận việc khác)…"
npx vitest run --config vitest.perf.config.ts --reporter=default --reporter=json --outputFile.json="$OUT/perf.json" || true

log "Khởi động PostgreSQL tạm trên 127.0.0.1…"
PGDIR="$OUT/pg"; mkdir -p "$PGDIR"; chown postgres "$PGDIR" 2>/dev/null || true
PGPORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
as_pg "'$PG_BIN/initdb' -D '$PGDIR/data' -A trust -U postgres >/dev/null"
as_pg "'$PG_BIN/pg_ctl' -D '$PGDIR/data' -o \"-p $PGPORT -k '$PGDIR' -c listen_addresses=127.0.0.1 -c fsync=off\" -l '$PGDIR/log' -w start >/dev/null"
trap 'as_pg "\"$PG_BIN/pg_ctl\" -D \"$PGDIR/data\" -m fast stop" >/dev/null 2>&1 || true' EXIT
export CONG_TEST_PG_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
log "Kiểm thử tích hợp trên PostgreSQL…"
CONG_TEST_DB=postgres npx vitest run apps/portal/test/integration --reporter=default --reporter=json --outputFile.json="$OUT/postgres.json" || true

node scripts/vitest-summary.mjs "$OUT/sqlite.json" "$OUT/perf.json" "$OUT/postgres.json"
