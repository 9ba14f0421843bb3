#!/usr/bin/env bash
# Write path: Bitrix cycles (open, pause, open to resume, close) through worktime's REST service on
# PostgreSQL, versus the ceiling: the same JDBC calls, recorded from the service, replayed on a pool
# of the same size. Prints figures per run, then their medians and ranges; the last line is the
# throughput ratio (service / ceiling).
#
#   bench/write-path.sh            # full: 16 clients, 5 runs of 15 s (10 to 12 minutes)
#   bench/write-path.sh --quick    # 4 clients, 2 runs of 3 s (about a minute, after the build)
#
# First the service is warmed up until its throughput is steady (on a loaded 2-CPU machine the JIT
# takes a minute or more). Each run: wrk (closed loop, one employee per connection) finds the service's maximum; then the
# Java load generator (HdrHistogram, fixed rate, latency from each request's intended start) runs
# the service at half that; then JdbcCeiling records one cycle per client from the service and
# replays it, as fast as it goes and then at half that. Service and ceiling alternate, so a change
# in the machine's load falls on both.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

clients=16 runs=5 measure=15 warmup=10 warmup_windows=24
if [ "${1:-}" = "--quick" ]; then
  clients=4 runs=2 measure=3 warmup=2 warmup_windows=3
elif [ -n "${1:-}" ]; then
  die "usage: bench/write-path.sh [--quick]"
fi

need wrk:wrk curl:curl
build_jars
out="$(results_dir write-path)"
start_postgres
machine_facts | tee "$out/machine.txt" >&2

tokens="$work/tokens"
bench_java org.worktime.benchmarks.server.SeedEmployees "$db_url" postgres "" "$clients" "$tokens" \
  >"$out/seed.log" 2>&1 || { cat "$out/seed.log" >&2; die "seeding failed"; }

port="$(free_port)"
start_background "$java_bin" "${jfr_always[@]}" -jar "$app_jar" serve --port "$port" --db "$db_url" --db-user postgres --db-password "" \
  --bitrix-limit 999999999/999999999 >"$out/service.out" 2>"$out/service.err"
service_pid="$last_pid"
base="http://127.0.0.1:$port"
wait_for_http "$base/health/ready"

say "warming the service up until its throughput is steady..."
TOKENS="$tokens" warm_until_steady "$warmup" "$warmup_windows" -t "$clients" -c "$clients" \
  -s "$root/bench/bitrix-cycle.lua" "$base" 2>&1 | tee "$out/warmup.txt" >&2

service_max=() service_p50=() service_p99=() ceiling_max=() ceiling_p50=() ceiling_p99=()
tput_ratio=() p50_ratio=() p99_ratio=() service_cpu=() postgres_cpu=()
ticks="$(getconf CLK_TCK)"
jfr_start "$service_pid" "$out/service.jfr"
for run in $(seq 1 "$runs"); do
  say "run $run of $runs"
  before_service="$(cpu_ticks "$service_pid")" before_postgres="$(cpu_ticks "$pg_pid")"
  TOKENS="$tokens" wrk -t "$clients" -c "$clients" -d "${measure}s" --latency \
    -s "$root/bench/bitrix-cycle.lua" "$base" >"$out/wrk-$run.txt"
  after_service="$(cpu_ticks "$service_pid")" after_postgres="$(cpu_ticks "$pg_pid")"
  errors="$(awk '/^errors/ { print $2 }' "$out/wrk-$run.txt")"
  [ "$errors" = "0" ] || { cat "$out/wrk-$run.txt" >&2; die "wrk saw $errors answers other than 200"; }
  rps="$(awk '/^Requests\/sec/ { print $2 }' "$out/wrk-$run.txt")"
  max="$(awk -v r="$rps" 'BEGIN { printf "%.1f", r / 4 }')"
  # CPU seconds per second of the measured run: 1.0 is one core busy.
  service_cpu+=("$(awk -v t="$((after_service - before_service))" -v k="$ticks" -v s="$measure" 'BEGIN { printf "%.2f", t / k / s }')")
  postgres_cpu+=("$(awk -v t="$((after_postgres - before_postgres))" -v k="$ticks" -v s="$measure" 'BEGIN { printf "%.2f", t / k / s }')")

  half="$(awk -v m="$max" 'BEGIN { printf "%.2f", m / 2 }')"
  fixed="$(bench_java org.worktime.benchmarks.server.BitrixLoad "$base" "$tokens" "$clients" 2 "$measure" "$half" \
    2>>"$out/load.err" | tail -n 1)"
  ceiling="$(bench_java org.worktime.benchmarks.server.JdbcCeiling "$db_url" postgres "" "$tokens" "$clients" \
    "$warmup" "$measure" "$out/cycle.sql" 2>>"$out/ceiling.err" | tee "$out/ceiling-$run.txt" | tail -n 2)"
  ceiling_top="$(printf '%s\n' "$ceiling" | grep '^ceiling-max')"
  ceiling_half="$(printf '%s\n' "$ceiling" | grep '^ceiling-half')"

  service_max+=("$max")
  service_p50+=("$(field "$fixed" p50_ms)") service_p99+=("$(field "$fixed" p99_ms)")
  ceiling_max+=("$(field "$ceiling_top" cycles_per_s)")
  ceiling_p50+=("$(field "$ceiling_half" p50_ms)") ceiling_p99+=("$(field "$ceiling_half" p99_ms)")
  tput_ratio+=("$(ratio "${service_max[-1]}" "${ceiling_max[-1]}")")
  p50_ratio+=("$(ratio "${service_p50[-1]}" "${ceiling_p50[-1]}")")
  p99_ratio+=("$(ratio "${service_p99[-1]}" "${ceiling_p99[-1]}")")
  printf 'run %d: service %s cycles/s (CPU: service %s, postgres %s cores), at half: %s\n' \
    "$run" "$max" "${service_cpu[-1]}" "${postgres_cpu[-1]}" "$fixed" | tee -a "$out/runs.txt"
  printf 'run %d: %s\nrun %d: %s\n' "$run" "$ceiling_top" "$run" "$ceiling_half" | tee -a "$out/runs.txt"
done

jfr_stop "$service_pid"
jfr_top "$out/service.jfr" >"$out/profile.txt"

{
  echo "write path, $clients clients, $runs runs of ${measure}s: median (min-max)"

  row "service max, cycles/s" "${service_max[@]}"
  row "ceiling max, cycles/s" "${ceiling_max[@]}"
  row "service p50 at half max, ms" "${service_p50[@]}"
  row "ceiling p50 at half max, ms" "${ceiling_p50[@]}"
  row "service p99 at half max, ms" "${service_p99[@]}"
  row "ceiling p99 at half max, ms" "${ceiling_p99[@]}"
  row "service CPU at max, cores" "${service_cpu[@]}"
  row "postgres CPU at max, cores" "${postgres_cpu[@]}"
  row "p50 latency ratio (service/ceiling)" "${p50_ratio[@]}"
  row "p99 latency ratio (service/ceiling)" "${p99_ratio[@]}"
  row "throughput ratio (service/ceiling)" "${tput_ratio[@]}"
  echo "service profile (JFR, the measured runs): $out/profile.txt; the ceiling's SQL: $out/cycle.sql"
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); results in $out"
} | tee "$out/summary.txt"
read -r median low high < <(stats "${tput_ratio[@]}")
echo "write path throughput ratio (service/ceiling): $median (min $low, max $high)"
