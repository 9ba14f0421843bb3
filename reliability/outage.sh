#!/usr/bin/env bash
# Outage: PostgreSQL stopped under a running server and started again; prints how long each
# dialect's 503 and /health/ready took, and how soon the server served again. It runs, alone, the
# test that the build runs, so that its figures are not shared with other tests.
#
#   reliability/outage.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
log="$(mktemp)"
status=0
./mvnw -B -q verify -pl app -am -Dspotless.check.skip=true \
  -Dtest=AStoreOutageIsAnsweredTest -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
grep -E "^outage:|Tests run:|FAIL" "$log" || true
[ "$status" = 0 ] || { tail -40 "$log"; echo "FAILED (log: $log)"; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
