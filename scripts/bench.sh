#!/usr/bin/env bash
# npm run bench: benchmarks (not tests). Prints figures and ratios against a baseline measured in the same run.
# Public-page cache: cached home page vs the same page rendered by Next vs nginx serving the same bytes
# (scripts/bench-page-cache.mjs). CONG_BENCH_DATA_DIR reuses a provisioned data folder; CONG_BENCH_SECONDS
# sets the length of each run (10); CONG_BENCH_SKIP_BUILD=1 uses the existing build as it is.
source "$(dirname "$0")/lib.sh"
ensure_node_modules
# nginx for the baseline; the Debian package must not start a system nginx (port 80) while installing.
if [ ! -x /usr/sbin/nginx ] && [ "$(id -u)" = 0 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
ensure_debian /usr/sbin/nginx nginx
# wrk (C) generates the load: autocannon (Node) would itself be the bottleneck on 2 cores.
ensure_debian /usr/bin/wrk wrk || true
mkdir -p "$ROOT/data"
if [ "${CONG_BENCH_SKIP_BUILD:-}" != 1 ]; then ensure_build; fi
node scripts/build-cli.mjs >/dev/null
node scripts/bench-page-cache.mjs
