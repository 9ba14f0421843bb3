#!/usr/bin/env bash
# Command line against Timewarrior: the same 100,000 intervals (benchmarks/timewarrior/intervals.py:
# eight a day for 34 years, tags, Hebrew and emoji, an annotation on every tenth) written into a
# throwaway Timewarrior database, exported with `timew export` and imported from that export into a
# throwaway worktime store (H2 file). Both must report the same total for each range measured
# (the script fails otherwise); then hyperfine times whole processes, `timew summary FROM - TO`
# against `./worktime report --from FROM --to LAST` over a week, a month and a year (a report covers
# at most 366 days), and `--version` of each and worktime's `status` as floors. Prints the import's time and memory, each
# range's medians and ranges, and the month's ratio worktime/timew as the last line.
#
#   bench/cli-vs-timewarrior.sh           # full: 100,000 intervals, 2 warm-up and 10 measured runs
#   bench/cli-vs-timewarrior.sh --quick   # 5,000 intervals, 1 warm-up and 3 measured runs
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

intervals=100000 warmup=2 runs=10
if [ "${1:-}" = "--quick" ]; then
  intervals=5000 warmup=1 runs=3
elif [ -n "${1:-}" ]; then
  die "usage: bench/cli-vs-timewarrior.sh [--quick]"
fi

need timew:timewarrior hyperfine:hyperfine python3:python3 /usr/bin/time:time
worktime="$root/worktime"
out="$(results_dir cli-vs-timewarrior)"
# One zone for both: UTC, in which no generated interval crosses midnight, so a day is the same
# date for both tools. worktime's store is created in the JVM's default zone.
export TZ=UTC LC_ALL=C.UTF-8
export TIMEWARRIORDB="$work/timew"
data="$work/worktime"

# Builds the app jar when needed; then waits (up to 2 minutes) for the class-data-sharing archive
# the launcher records in the background after a build, so that no run is measured beside it.
"$worktime" --version >/dev/null
for _ in $(seq 1 120); do
  [ "$(cat "$root/app/target/worktime.jsa.for" 2>/dev/null)" = "$(stat -c '%Y %s' "$app_jar") java" ] && break
  sleep 1
done
{
  machine_facts | grep -v '^postgres'
  echo "timewarrior: $(timew --version); $(hyperfine --version)"
} | tee "$out/machine.txt" >&2

say "generating $intervals intervals into a Timewarrior database..."
python3 "$root/benchmarks/timewarrior/intervals.py" "$intervals" >"$work/generated.json"
python3 "$root/benchmarks/timewarrior/database.py" "$TIMEWARRIORDB" <"$work/generated.json"
timew export >"$work/timew-export.json"
python3 - "$work/generated.json" "$work/timew-export.json" <<'PY' || die "timew export differs from the intervals written"
import json, sys
def without_ids(path):
    return [{k: v for k, v in i.items() if k != "id"} for i in json.load(open(path, encoding="utf-8"))]
sys.exit(0 if without_ids(sys.argv[1]) == without_ids(sys.argv[2]) else 1)
PY
first="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["start"][:8])' "$work/timew-export.json")"
say "timew export: $(wc -c <"$work/timew-export.json") bytes, $intervals intervals from $first to 2025-12-31"

say "importing the export into worktime..."
/usr/bin/time -f '%e %U %S %M' -o "$out/import.time" \
  "$worktime" import "$work/timew-export.json" --format timewarrior --data "$data" >"$out/import.out" 2>"$out/import.err" ||
  { cat "$out/import.out" "$out/import.err" >&2; die "import failed"; }
read -r import_s import_user import_sys import_kib <"$out/import.time"
import_line="import of $intervals intervals: ${import_s} s wall, ${import_user} s user + ${import_sys} s system CPU, peak RSS $((import_kib / 1024)) MiB"
cat "$out/import.out" >&2
say "$import_line"

# The ranges: name, first date, last date (inclusive; timew's end is the next day, exclusive).
ranges=(
  "week 2025-12-22 2025-12-28"
  "month 2025-12-01 2025-12-31"
  "year 2025-01-01 2025-12-31"
)
next_day() { date -u -d "$1 + 1 day" +%Y-%m-%d; }

say "checking that both report the same totals..."
for range in "${ranges[@]}"; do
  read -r name from to <<<"$range"
  timew_total="$(timew summary "$from" - "$(next_day "$to")" | awk 'NF { last = $1 } END { print last }')"
  worktime_total="$("$worktime" report --from "$from" --to "$to" --format json --data "$data" |
    python3 -c 'import json, sys; s = json.load(sys.stdin)["total"]["net_seconds"]; print("%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60))')"
  say "  $name $from..$to: timew $timew_total, worktime $worktime_total"
  [ "$timew_total" = "$worktime_total" ] || die "the totals of $name $from..$to disagree: timew $timew_total, worktime $worktime_total"
done

# The floors: a process that only starts (--version), and worktime's `status`, which also opens the
# store (H2, the schema's version checked, the company read) and reads the latest day (on H2 that
# query reads the person's whole history, so on 100,000 intervals it costs more than a report).
commands=(--command-name "timew --version" "timew --version"
  --command-name "worktime --version" "$worktime --version"
  --command-name "worktime status" "$worktime status --data $data")
for range in "${ranges[@]}"; do
  read -r name from to <<<"$range"
  commands+=(--command-name "timew summary, $name" "timew summary $from - $(next_day "$to")"
    --command-name "worktime report, $name" "$worktime report --from $from --to $to --data $data")
done
say "timing with hyperfine ($warmup warm-up and $runs measured runs each)..."
hyperfine -N --style basic --warmup "$warmup" --runs "$runs" --export-json "$out/hyperfine.json" \
  "${commands[@]}" >"$out/hyperfine.txt" 2>&1 || { cat "$out/hyperfine.txt" >&2; die "hyperfine failed"; }

# Flight recordings of a month's report (profile settings: a sample every 10 ms), one per process.
# Recordings of different processes cannot be concatenated (their constant pools clash), so `jfr`
# given a directory prints each recording in it, and jfr_top reads them as one.
mkdir -p "$out/report-month-jfr"
for run in $(seq 1 "$runs"); do
  JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=filename=$out/report-month-jfr/$run.jfr,settings=profile" \
    "$worktime" report --from 2025-12-01 --to 2025-12-31 --data "$data" >/dev/null 2>"$out/jfr.err"
done
jfr() {
  if [ -d "${*: -1}" ]; then
    local recording
    for recording in "${*: -1}"/*.jfr; do
      command jfr "${@:1:$#-1}" "$recording"
    done
  else
    command jfr "$@"
  fi
}
command -v jfr >/dev/null && jfr_top "$out/report-month-jfr" 20 >"$out/profile.txt"

python3 - "$out/hyperfine.json" >"$out/figures.txt" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
def cell(name):
    r = results[name]
    return "%.3f s (%.3f-%.3f), CPU %.3f s" % (r["median"], r["min"], r["max"], r["user"] + r["system"])
for name in ("timew --version", "worktime --version", "worktime status"):
    print("  %-26s %s" % (name, cell(name)))
for span in ("week", "month", "year"):
    t, w = results["timew summary, " + span], results["worktime report, " + span]
    print("  %-26s %s" % ("timew summary, " + span, cell("timew summary, " + span)))
    print("  %-26s %s" % ("worktime report, " + span, cell("worktime report, " + span)))
    print("  %-26s %.1f (min/max %.1f, max/min %.1f); above --version: %.3f s"
          % ("ratio worktime/timew", w["median"] / t["median"], w["min"] / t["max"], w["max"] / t["min"],
             w["median"] - results["worktime --version"]["median"]))
print("RATIO %.1f %.1f %.1f" % (results["worktime report, month"]["median"] / results["timew summary, month"]["median"],
      results["worktime report, month"]["min"] / results["timew summary, month"]["max"],
      results["worktime report, month"]["max"] / results["timew summary, month"]["min"]))
PY

{
  echo "command line against Timewarrior, $intervals intervals, $runs runs: median (min-max) wall, mean CPU"
  echo "  $import_line"
  grep -v '^RATIO' "$out/figures.txt"
  [ -f "$out/profile.txt" ] && echo "  worktime report, month, profile (JFR, $runs processes): $out/profile.txt"
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); results in $out"
} | tee "$out/summary.txt"
read -r _ median low high < <(grep '^RATIO' "$out/figures.txt")
echo "worktime report / timew summary, a month of $intervals intervals: $median (min $low, max $high)"
