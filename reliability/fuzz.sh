#!/usr/bin/env bash
# The hostile-request fuzzer at full size: 100,000 mutated requests (every dialect, the management
# API, JSON-RPC and the operations routes) against one server wired as `serve` wires it, in a JVM
# of its own with a 256 MB heap that exits on an OutOfMemoryError. It fails on any 500 (printing
# the seed, the request and the answer), on the server's death, or if the server is not healthy
# afterwards; it prints the figures (requests, statuses, seconds).
#
#   reliability/fuzz.sh                 100,000 requests, the default seed
#   reliability/fuzz.sh 20000 42        20,000 requests, seed 42
#
# Offline, and only what the app module needs is built; nothing is installed.
set -uo pipefail
cd "$(dirname "$0")/.."
requests="${1:-100000}"
seed="${2:-20261202}"
log="$(mktemp -t fuzz.XXXXXX.log)"
./mvnw -o -B -q verify -pl app -am \
  -Dtest=TheServerSurvivesHostileRequestsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.requests="$requests" -Dfuzz.seed="$seed" >"$log" 2>&1
status=$?
if [ "$status" -eq 0 ]; then
  grep '^fuzz:' "$log"
else
  grep -v -e ' INFO ' "$log"
fi
echo "fuzz: full log in $log"
exit "$status"
