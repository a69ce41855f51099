#!/usr/bin/env bash
# npm run bench: benchmarks (not tests). Prints figures and ratios against a baseline measured in the same run.
source "$(dirname "$0")/lib.sh"
ensure_node_modules
log "No benchmarks yet (the public-portal issue adds the cache benchmark)."
