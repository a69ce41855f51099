# Shared shell helpers for start.sh, test.sh and bench.sh. Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NEXT_TELEMETRY_DISABLED=1

log() { printf '\033[1m[cong]\033[0m %s\n' "$*" >&2; }

# Installs npm dependencies when node_modules is missing or older than the lockfile.
ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "Cài đặt thư viện (npm ci)…"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Installs Debian packages that are missing (needs root; runs apt-get update once).
APT_UPDATED=0
ensure_debian() { # usage: ensure_debian <command-or-path> <package>
  if command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; then return 0; fi
  if [ "$(id -u)" != 0 ]; then log "Thiếu $2: cài bằng 'sudo apt-get install -y $2'"; return 1; fi
  if [ "$APT_UPDATED" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  log "Cài $2 (apt-get)…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# A secret for Payload, made once per data folder.
ensure_secret() { # usage: ensure_secret <data-dir>
  mkdir -p "$1"
  if [ ! -f "$1/.env" ]; then
    echo "PAYLOAD_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')" > "$1/.env"
    chmod 600 "$1/.env"
  fi
  set -a; . "$1/.env"; set +a
}

# Builds the Next.js app when there is no build or a source file is newer than it. The build evaluates the
# Payload config (route handlers import it), which refuses to load without a secret: a placeholder serves there,
# the running server reads the real one from <data>/.env.
ensure_build() {
  local stamp=apps/portal/${CONG_NEXT_DIST_DIR:-.next}/BUILD_ID
  if [ -f "$stamp" ] && [ -z "$(find apps/portal/src apps/portal/next.config.mjs packages/*/src package-lock.json -newer "$stamp" -type f -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  log "Biên dịch ứng dụng (next build, khoảng 1–2 phút)…"
  mkdir -p "$ROOT/data"   # the build log goes there even when CONG_DATA_DIR points elsewhere
  (cd apps/portal && PAYLOAD_SECRET="${PAYLOAD_SECRET:-build-only-not-a-secret}" npx next build > "$ROOT/data/next-build.log" 2>&1) || { tail -40 "$ROOT/data/next-build.log" >&2; log "next build failed (log: data/next-build.log)"; return 1; }
}
