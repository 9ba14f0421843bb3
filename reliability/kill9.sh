#!/usr/bin/env bash
# kill -9 of a real `worktime serve` (the built jar) under concurrent Bitrix writers, on the
# embedded H2 store and on PostgreSQL (Debian's, a throwaway cluster): after each kill the restarted
# serve must hold every write it acknowledged, and say that it did not stop cleanly.
#   reliability/kill9.sh [--kills N] [--writers N] [--max-seconds S] [--quick]
# Defaults: 10 kills on each store, 16 writers, a kill at a random moment up to 8 s into each round.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/suite-lib.sh"

kills=10
writers=16
max_seconds=8
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills="$2"; shift 2 ;;
    --writers) writers="$2"; shift 2 ;;
    --max-seconds) max_seconds="$2"; shift 2 ;;
    --quick) kills=2; writers=8; max_seconds=3; shift ;;
    *) die "unknown option: $1 (try --kills N, --writers N, --max-seconds S, --quick)" ;;
  esac
done

build_app_jar
start_postgres
echo "kill9: $kills kills on each store, $writers writers; $(nproc) cpus, java $("$java_bin" -version 2>&1 | head -n 1)"
run_suite KillNineTest kill9 \
  -Dkill9.kills="$kills" -Dkill9.writers="$writers" -Dkill9.maxSeconds="$max_seconds" \
  -Dpg.url="$db_url" -Dpg.user=postgres -Dpg.password=
