#!/usr/bin/env bash
# HTTP ceiling: a trivial Javalin endpoint (TrivialServer: worktime's Javalin and Jetty settings, a
# constant answer, no access log, no metrics, no store) versus worktime's cheapest reads, served by
# `worktime serve` on PostgreSQL: GET /health/live (no credentials, no store: the cost of the
# server's plumbing) and Bitrix's timeman.status (a key checked, the employee and their latest day
# read: the cheapest read of data). wrk, closed loop, the same connections for each; the three
# alternate within each run. The last line is the cheapest data read's throughput ratio.
#
#   bench/http-ceiling.sh           # full: 16 connections, 5 runs of 10 s each
#   bench/http-ceiling.sh --quick   # 4 connections, 2 runs of 3 s
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

connections=16 runs=5 measure=10 warmup=5 warmup_windows=15
if [ "${1:-}" = "--quick" ]; then
  connections=4 runs=2 measure=3 warmup=2 warmup_windows=3
elif [ -n "${1:-}" ]; then
  die "usage: bench/http-ceiling.sh [--quick]"
fi

need wrk:wrk curl:curl
build_jars
out="$(results_dir http-ceiling)"
start_postgres
machine_facts | tee "$out/machine.txt" >&2

bench_java org.worktime.benchmarks.server.SeedEmployees "$db_url" postgres "" 1 "$work/tokens" \
  >"$out/seed.log" 2>&1 || { cat "$out/seed.log" >&2; die "seeding failed"; }
token="$(head -n 1 "$work/tokens")"

port="$(free_port)"
start_background "$java_bin" "${jfr_always[@]}" -jar "$app_jar" serve --port "$port" --db "$db_url" --db-user postgres \
  --db-password "" --bitrix-limit 999999999/999999999 >"$out/service.out" 2>"$out/service.err"
service_pid="$last_pid"
wait_for_http "http://127.0.0.1:$port/health/ready"

trivial_port="$(free_port)"
start_background "$java_bin" -cp "$bench_jar" org.worktime.benchmarks.server.TrivialServer "$trivial_port" \
  >"$out/trivial.out" 2>"$out/trivial.err"
wait_for_http "http://127.0.0.1:$trivial_port/trivial"

trivial_url="http://127.0.0.1:$trivial_port/trivial"
live_url="http://127.0.0.1:$port/health/live"
status_url="http://127.0.0.1:$port/rest/timeman.status"
threads=2
[ "$connections" -lt "$threads" ] && threads="$connections"
load() { # load SECONDS URL [wrk options...]
  local seconds="$1" url="$2"
  shift 2
  wrk -t "$threads" -c "$connections" -d "${seconds}s" --latency "$@" "$url"
}
requests_per_second() {
  awk '/^Requests\/sec/ { print $2 }' "$1"
}
check_all_ok() {
  if grep -q "Non-2xx" "$1"; then
    cat "$1" >&2
    die "answers other than 2xx in $1"
  fi
}

say "warming each server up until its throughput is steady..."
warm_until_steady "$warmup" "$warmup_windows" -t "$threads" -c "$connections" "$trivial_url"
warm_until_steady "$warmup" "$warmup_windows" -t "$threads" -c "$connections" "$live_url"
warm_until_steady "$warmup" "$warmup_windows" -t "$threads" -c "$connections" \
  -H "Authorization: Bearer $token" "$status_url"

trivial=() live=() status=() live_ratio=() status_ratio=()
jfr_start "$service_pid" "$out/service.jfr"
for run in $(seq 1 "$runs"); do
  load "$measure" "$trivial_url" >"$out/trivial-$run.txt"
  load "$measure" "$live_url" >"$out/live-$run.txt"
  load "$measure" "$status_url" -H "Authorization: Bearer $token" >"$out/status-$run.txt"
  for kind in trivial live status; do check_all_ok "$out/$kind-$run.txt"; done
  trivial+=("$(requests_per_second "$out/trivial-$run.txt")")
  live+=("$(requests_per_second "$out/live-$run.txt")")
  status+=("$(requests_per_second "$out/status-$run.txt")")
  live_ratio+=("$(ratio "${live[-1]}" "${trivial[-1]}")")
  status_ratio+=("$(ratio "${status[-1]}" "${trivial[-1]}")")
  printf 'run %d: requests/s trivial %s, /health/live %s, timeman.status %s\n' \
    "$run" "${trivial[-1]}" "${live[-1]}" "${status[-1]}" | tee -a "$out/runs.txt" >&2
done
jfr_stop "$service_pid"
jfr_top "$out/service.jfr" >"$out/profile.txt"

{
  echo "HTTP ceiling, $connections connections, $runs runs of ${measure}s: median (min-max)"
  row "trivial Javalin, requests/s" "${trivial[@]}"
  row "worktime /health/live, requests/s" "${live[@]}"
  row "worktime timeman.status, requests/s" "${status[@]}"
  row "/health/live ratio (to trivial)" "${live_ratio[@]}"
  row "timeman.status ratio (to trivial)" "${status_ratio[@]}"
  echo "  latency percentiles: $out/*-N.txt (wrk --latency); service profile: $out/profile.txt"
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); results in $out"
} | tee "$out/summary.txt"
read -r median low high < <(stats "${status_ratio[@]}")
echo "HTTP ceiling: cheapest read (timeman.status) throughput ratio to a trivial endpoint: $median (min $low, max $high)"
