#!/usr/bin/env bash
# Report path: the JSON-RPC `timesheet` of a month (March 2026, 31 days) for a company of 10,000
# employees (SampleWorkdays: weekdays, lunches, coffee breaks, task timers), versus PostgreSQL's
# COPY (SELECT ...) TO STDOUT of the same rows: the employees, the workdays of the period and the
# timers the answer draws on, with the service's own WHERE clauses and order. Prints the times per
# run, their medians and ranges, the service's peak heap, and the time ratio as the last line.
#
#   bench/report-path.sh           # full: 10,000 employees, 5 runs each
#   bench/report-path.sh --quick   # 300 employees, 2 runs each
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

employees=10000 runs=5
if [ "${1:-}" = "--quick" ]; then
  employees=300 runs=2
elif [ -n "${1:-}" ]; then
  die "usage: bench/report-path.sh [--quick]"
fi

need curl:curl
build_jars
out="$(results_dir report-path)"
start_postgres
machine_facts | tee "$out/machine.txt" >&2

say "loading $employees employees x 31 days..."
bench_java org.worktime.benchmarks.server.ReportMonth "$db_url" postgres "" "$employees" "$work/token" \
  2>"$out/load.err" | tee "$out/load.txt" >&2
tenant="$(awk '/^loaded tenant/ { sub(":", "", $3); print $3 }' "$out/load.txt")"
token="$(cat "$work/token")"
psql_bench -c "VACUUM ANALYZE" >/dev/null

# The rows the timesheet reads, with the stores' own SQL (JdbcEmployeeDirectory, JdbcWorkdayStore's
# and JdbcTimerStore's period queries) and the widened bounds the period queries use (a day's start
# is within 18 hours of its UTC midnight; work logs are read from a day before to two days after).
# The service asks for each employee's timers apart; COPY reads them in one statement.
cat >"$out/copy.sql" <<SQL
COPY (SELECT tenant_id, id, number, email, name, home_zone, role, policy_id, location_id
      FROM employees WHERE tenant_id = '$tenant') TO STDOUT;
COPY (SELECT document FROM workdays WHERE tenant_id = '$tenant'
      AND start_at >= '2026-02-28T06:00:00Z' AND start_at <= '2026-04-01T18:00:00Z'
      ORDER BY employee_id, start_at, id) TO STDOUT;
COPY (SELECT document FROM timers WHERE tenant_id = '$tenant'
      AND start_at >= '2026-02-27T06:00:00Z' AND start_at <= '2026-04-03T18:00:00Z'
      ORDER BY owner_id, start_at, id) TO STDOUT;
SQL

port="$(free_port)"
start_background "$java_bin" "${jfr_always[@]}" -jar "$app_jar" serve --port "$port" --db "$db_url" --db-user postgres \
  --db-password "" >"$out/service.out" 2>"$out/service.err"
service_pid="$last_pid"
url="http://127.0.0.1:$port/api/v1/json-rpc"
wait_for_http "http://127.0.0.1:$port/health/ready"
body='{"jsonrpc":"2.0","id":1,"method":"timesheet","params":{"startDate":"2026-03-01","endDate":"2026-03-31"}}'

timesheet() {
  curl -sS --fail -o "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data "$body" "$url"
}
copy_rows() {
  psql_bench -f "$out/copy.sql" >"$1"
}
seconds_of() {
  local began ended
  began="$(date +%s%N)"
  "$@"
  ended="$(date +%s%N)"
  awk -v b="$began" -v e="$ended" 'BEGIN { printf "%.3f\n", (e - b) / 1e9 }'
}

say "warm-up: one timesheet and one COPY, kept to check them"
timesheet "$work/timesheet.json"
copy_rows "$work/copy.txt"
head -c 40 "$work/timesheet.json" | grep -q '"result":\[' || { head -c 400 "$work/timesheet.json" >&2; die "not a result"; }
sessions="$(grep -o '"lunches":' "$work/timesheet.json" | wc -l)"
answer_bytes="$(wc -c <"$work/timesheet.json")"
copy_lines="$(wc -l <"$work/copy.txt")"
copy_bytes="$(wc -c <"$work/copy.txt")"
printf 'timesheet: %s bytes, %s sessions; COPY: %s rows, %s bytes\n' \
  "$answer_bytes" "$sessions" "$copy_lines" "$copy_bytes" | tee "$out/sizes.txt" >&2
rm -f "$work/timesheet.json" "$work/copy.txt"

service_s=() copy_s=() time_ratio=() service_cpu=() postgres_cpu=()
ticks="$(getconf CLK_TCK)"
jfr_start "$service_pid" "$out/service.jfr"
for run in $(seq 1 "$runs"); do
  before_service="$(cpu_ticks "$service_pid")" before_postgres="$(cpu_ticks "$pg_pid")"
  service_s+=("$(seconds_of timesheet /dev/null)")
  after_service="$(cpu_ticks "$service_pid")" after_postgres="$(cpu_ticks "$pg_pid")"
  service_cpu+=("$(awk -v t="$((after_service - before_service))" -v k="$ticks" 'BEGIN { printf "%.2f", t / k }')")
  postgres_cpu+=("$(awk -v t="$((after_postgres - before_postgres))" -v k="$ticks" 'BEGIN { printf "%.2f", t / k }')")
  copy_s+=("$(seconds_of copy_rows /dev/null)")
  time_ratio+=("$(ratio "${service_s[-1]}" "${copy_s[-1]}")")
  printf 'run %d: timesheet %s s (CPU s: service %s, postgres %s), COPY %s s, ratio %s\n' "$run" \
    "${service_s[-1]}" "${service_cpu[-1]}" "${postgres_cpu[-1]}" "${copy_s[-1]}" "${time_ratio[-1]}" |
    tee -a "$out/runs.txt" >&2
done
jfr_stop "$service_pid"
heap="$(jfr_heap "$out/service.jfr")"
jfr_top "$out/service.jfr" >"$out/profile.txt"

{
  echo "report path, $employees employees x 31 days, $runs runs: median (min-max)"
  cat "$out/sizes.txt"
  row "timesheet over JSON-RPC, s" "${service_s[@]}"
  row "COPY of the same rows, s" "${copy_s[@]}"
  row "service CPU per timesheet, s" "${service_cpu[@]}"
  row "postgres CPU per timesheet, s" "${postgres_cpu[@]}"
  row "time ratio (timesheet/COPY)" "${time_ratio[@]}"
  echo "  service heap during the runs (JFR GC summaries): $heap"
  echo "  service profile (JFR, the measured runs): $out/profile.txt"
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); results in $out"
} | tee "$out/summary.txt"
read -r median low high < <(stats "${time_ratio[@]}")
echo "report path time ratio (timesheet/COPY): $median (min $low, max $high); $heap"
