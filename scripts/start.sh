#!/usr/bin/env bash
# npm start: install, build, create/migrate the SQLite database, provision the demo province
# (Bắc Kạn as on 2022-12-01) once, then serve http://localhost:${PORT:-3000}.
source "$(dirname "$0")/lib.sh"
DATA="${CONG_DATA_DIR:-$ROOT/data}"
export CONG_DATA_DIR="$DATA"
ensure_node_modules
ensure_secret "$DATA"
ensure_build
if [ ! -f "$DATA/.demo-provisioned" ]; then
  log "Tạo cơ sở dữ liệu và tỉnh mẫu (Bắc Kạn, 01/12/2022)…"
  node scripts/build-cli.mjs >/dev/null
  node scripts/run-cli.mjs demo
  touch "$DATA/.demo-provisioned"
else
  log "Dùng lại cơ sở dữ liệu có sẵn: $DATA/cong.db"
fi
cat "$DATA/demo-credentials.txt" >&2 || true
export NODE_ENV=production
log "Cổng đang chạy: http://localhost:${PORT:-3000}/  (quản trị: http://localhost:${PORT:-3000}/admin)"
# server.mjs = Next's handler (as `next start`) behind the public-page cache (README "Public-page cache").
# CONG_HOST=127.0.0.1 binds to loopback only (default: every interface, like `next start`).
cd apps/portal && exec node server.mjs -p "${PORT:-3000}" ${CONG_HOST:+-H "$CONG_HOST"}
