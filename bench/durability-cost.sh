#!/usr/bin/env bash
# What durability costs on the write path of the embedded H2 default: Bitrix cycles (open, pause,
# open to resume, close) through `worktime serve` on an H2 file with WRITE_DELAY=0 (each commit is
# written to the file before it is acknowledged: the default since issue 12) against the same store
# with H2's own WRITE_DELAY=500 (commits acknowledged from memory, up to half a second before they
# reach the file: what a kill -9 lost). Everything else in the URL is the default's. The two alternate
# run by run, so a change in the machine's load falls on both; the last line is the ratio of their
# throughputs (durable / delayed).
#
#   bench/durability-cost.sh            # 16 clients, 3 runs of 15 s each way (about 4 minutes)
#   bench/durability-cost.sh --quick    # 4 clients, 1 run of 3 s each way
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

clients=16 runs=3 measure=15 warmup=10 warmup_windows=6
if [ "${1:-}" = "--quick" ]; then
  clients=4 runs=1 measure=3 warmup=2 warmup_windows=2
elif [ -n "${1:-}" ]; then
  die "usage: bench/durability-cost.sh [--quick]"
fi

need wrk:wrk curl:curl
build_jars
out="$(results_dir durability-cost)"
machine_facts | tee "$out/machine.txt" >&2

# The default's settings (JdbcDataSources.H2_SETTINGS) but for WRITE_DELAY.
settings=";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=4096;LOCK_TIMEOUT=10000"
declare -A url
url[durable]="jdbc:h2:file:$work/durable/worktime$settings;WRITE_DELAY=0"
url[delayed]="jdbc:h2:file:$work/delayed/worktime$settings;WRITE_DELAY=500"

declare -A base pid
for way in durable delayed; do
  mkdir -p "$work/$way"
  bench_java org.worktime.benchmarks.server.SeedEmployees "${url[$way]}" sa "" "$clients" "$work/$way.tokens" \
    >"$out/seed-$way.log" 2>&1 || { cat "$out/seed-$way.log" >&2; die "seeding failed"; }
  port="$(free_port)"
  start_background "$java_bin" -jar "$app_jar" serve --port "$port" --db "${url[$way]}" --db-user sa --db-password "" \
    --bitrix-limit 999999999/999999999 >"$out/service-$way.out" 2>"$out/service-$way.err"
  pid[$way]="$last_pid"
  base[$way]="http://127.0.0.1:$port"
  wait_for_http "${base[$way]}/health/ready"
  say "warming the $way service up..."
  TOKENS="$work/$way.tokens" warm_until_steady "$warmup" "$warmup_windows" -t "$clients" -c "$clients" \
    -s "$root/bench/bitrix-cycle.lua" "${base[$way]}" >"$out/warmup-$way.txt" 2>&1
done

durable=() delayed=() ratios=()
for run in $(seq 1 "$runs"); do
  for way in durable delayed; do
    TOKENS="$work/$way.tokens" wrk -t "$clients" -c "$clients" -d "${measure}s" --latency \
      -s "$root/bench/bitrix-cycle.lua" "${base[$way]}" >"$out/wrk-$way-$run.txt"
    errors="$(awk '/^errors/ { print $2 }' "$out/wrk-$way-$run.txt")"
    [ "$errors" = "0" ] || { cat "$out/wrk-$way-$run.txt" >&2; die "wrk saw $errors answers other than 200"; }
    rps="$(awk '/^Requests\/sec/ { print $2 }' "$out/wrk-$way-$run.txt")"
    if [ "$way" = durable ]; then durable+=("$rps"); else delayed+=("$rps"); fi
  done
  ratios+=("$(ratio "${durable[-1]}" "${delayed[-1]}")")
  printf 'run %d: durable %s requests/s, delayed %s requests/s, ratio %s (load %s)\n' \
    "$run" "${durable[-1]}" "${delayed[-1]}" "${ratios[-1]}" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/runs.txt"
done

{
  echo "durability cost on H2, $clients clients, $runs runs of ${measure}s each way: median (min-max)"
  row "WRITE_DELAY=0 (durable), requests/s" "${durable[@]}"
  row "WRITE_DELAY=500 (delayed), requests/s" "${delayed[@]}"
  row "throughput ratio (durable/delayed)" "${ratios[@]}"
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); results in $out"
} | tee "$out/summary.txt"
read -r median low high < <(stats "${ratios[@]}")
echo "durability cost: throughput ratio (durable/delayed): $median (min $low, max $high)"
