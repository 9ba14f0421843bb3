#!/usr/bin/env bash
# Slow clients: 1,000 uploads without credentials and 100 authenticated ones, each sending its body
# one byte every two seconds, while a probe asks for timeman.status every two seconds; prints how
# many probes were answered and their latencies. The build runs the same test with 300 + 40.
#
#   reliability/slow-clients.sh [CLIENTS [AUTHENTICATED]]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
clients="${1:-1000}" authenticated="${2:-100}"
ulimit -n 65536 2>/dev/null || true # the test's sockets and the server's, in one process
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
log="$(mktemp)"
status=0
./mvnw -B -q verify -pl app -am -Dspotless.check.skip=true \
  -Dtest=SlowClientsCannotStarveTheServerTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dslow.clients="$clients" -Dslow.authenticated="$authenticated" >"$log" 2>&1 || status=$?
grep -E "^slow clients:|Tests run:|FAIL" "$log" || true
[ "$status" = 0 ] || { tail -40 "$log"; echo "FAILED (log: $log)"; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
