#!/usr/bin/env bash
# Two real `worktime serve` processes (the built jar) on one PostgreSQL (Debian's, a throwaway
# cluster), 16 threads each, racing every round to open one employee's day through Bitrix and
# Staffomatic: exactly one day a round.
#   reliability/race.sh [--rounds N] [--threads N] [--quick]
# Defaults: 250 rounds, 16 threads on each serve.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/suite-lib.sh"

rounds=250
threads=16
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --quick) rounds=20; shift ;;
    *) die "unknown option: $1 (try --rounds N, --threads N, --quick)" ;;
  esac
done

build_app_jar
start_postgres
echo "race: $rounds rounds, 2 serves x $threads threads; $(nproc) cpus, java $("$java_bin" -version 2>&1 | head -n 1)"
run_suite TwoServesRaceTest race \
  -Drace.rounds="$rounds" -Drace.threads="$threads" \
  -Dpg.url="$db_url" -Dpg.user=postgres -Dpg.password=
