# Shared by the bench scripts (sourced, not run): tools, jars, a throwaway PostgreSQL, free ports,
# processes to stop at exit, CPU accounting and the statistics of repeated runs.
# Everything started here is stopped by the EXIT trap, whatever way the script ends.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar="$root/benchmarks/target/benchmarks.jar"
app_jar="$root/app/target/worktime.jar"
java_bin="java"
[ -n "${JAVA_HOME:-}" ] && java_bin="$JAVA_HOME/bin/java"

work="$(mktemp -d "${TMPDIR:-/tmp}/worktime-bench.XXXXXX")"
chmod 755 "$work"
started_pids=()
pg_data=""
pg_bin=""

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

cleanup() {
  local pid
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${started_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  [ -n "${out:-}" ] && trim_logs "$out"/*.err
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Where each run keeps its figures, logs and flight recordings (bench/results/ is not committed).
results_dir() {
  local dir
  dir="$root/bench/results/$1-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$dir"
  printf '%s\n' "$dir"
}

# Installs Debian packages for the commands missing: need COMMAND:PACKAGE ...
need() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing from Debian: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# PostgreSQL's server binaries from Debian's package (the newest major version installed).
need_postgres() {
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    need "/usr/lib/postgresql/15/bin/initdb:postgresql"
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  command -v psql >/dev/null 2>&1 || need psql:postgresql-client
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A TCP port on 127.0.0.1 that nothing listens on (checked, not reserved).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf '%s\n' "$port"
      return 0
    fi
  done
  die "no free port found"
}

# Builds the app and benchmark jars when missing or older than a source or pom.
build_jars() {
  local stale
  stale="$(find "$root" -path "$root/.git" -prune -o -path "$root/bench/results" -prune -o \
    \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$bench_jar" -print -quit 2>/dev/null || true)"
  if [ ! -f "$bench_jar" ] || [ ! -f "$app_jar" ] || [ -n "$stale" ]; then
    say "building the app and benchmark jars..."
    (cd "$root" && ./mvnw -B -q -pl app,benchmarks -am -DskipTests -Dspotless.check.skip=true package) >&2
  fi
}

# Starts a throwaway PostgreSQL cluster in the temp dir on a free port; sets pg_port, pg_pid, db_url.
start_postgres() {
  need_postgres
  pg_data="$work/pgdata"
  mkdir -p "$pg_data"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_data" "$work"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1 ||
    { cat "$work/initdb.log" >&2; die "initdb failed"; }
  pg_port="$(free_port)"
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/postgres.log" -w \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
    { cat "$work/postgres.log" >&2; die "PostgreSQL did not start"; }
  pg_pid="$(head -n 1 "$pg_data/postmaster.pid")"
  db_url="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
  say "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port (data in $pg_data)"
}

psql_bench() {
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres "$@"
}

# Runs a class of the benchmarks jar.
bench_java() {
  "$java_bin" -cp "$bench_jar" "$@"
}

# Starts a process in the background, remembered for the exit trap; sets last_pid.
start_background() {
  "$@" &
  last_pid=$!
  started_pids+=("$last_pid")
}

# Waits until an HTTP URL answers 200 (up to 60 s).
wait_for_http() {
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  die "$1 did not answer"
}

# CPU ticks (user + system) used so far by the given processes and, for each, its children.
cpu_ticks() {
  local total=0 pid child
  for pid in "$@"; do
    for child in "$pid" $(pgrep -P "$pid" 2>/dev/null || true); do
      if [ -r "/proc/$child/stat" ]; then
        total=$((total + $(awk '{print $14 + $15}' "/proc/$child/stat")))
      fi
    done
  done
  printf '%s\n' "$total"
}

# The value of key=value in a line of figures: field LINE KEY
field() {
  printf '%s\n' "$1" | tr ' ' '\n' | awk -F= -v key="$2" '$1 == key { print $2 }'
}

# Median, minimum and maximum of numbers given as arguments: "median min max".
stats() {
  printf '%s\n' "$@" | sort -g | awk '
    { v[NR] = $1 }
    END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%s %s %s\n", fmt(m), fmt(v[1]), fmt(v[NR])
    }
    function fmt(x) { return (x >= 1000 || x <= -1000) ? sprintf("%.0f", x) : sprintf("%.4g", x) }'
}

# One row of a summary: the label, then the median and range of the numbers: row LABEL NUMBER...
row() {
  local label="$1" median low high
  shift
  read -r median low high < <(stats "$@")
  printf '  %-38s %s (%s-%s)\n' "$label" "$median" "$low" "$high"
}

# Numbers divided: ratio A B
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f\n", a / b }'
}

# The hottest code in a flight recording, from its execution samples: the methods running when
# sampled (self), the same by package, and the innermost worktime method on each sampled stack (what
# worktime code the time was spent under), also by its package. jfr_top FILE [ROWS]
jfr_top() {
  local rows="${2:-15}" counted total section title
  counted="$(jfr print --events jdk.ExecutionSample --stack-depth 96 "$1" | awk '
    /stackTrace = \[/ { inside = 1; depth = 0; worktime = 0; total++; next }
    inside && /^[ \t]*\]/ { inside = 0; next }
    inside {
      frame = $0
      sub(/^[ \t]+/, "", frame); sub(/[ \t]+line:.*$/, "", frame); sub(/\(.*$/, "", frame)
      if (frame == "...") next
      depth++
      if (depth == 1) {
        self[frame]++
        n = split(frame, p, ".")
        package = p[1]; for (i = 2; i <= n - 2 && i <= 4; i++) package = package "." p[i]
        packages[package]++
      }
      if (!worktime && frame ~ /^org\.worktime\./) {
        under[frame]++; worktime = 1; attributed++
        n = split(frame, p, "."); area = p[1]; for (i = 2; i <= n - 2; i++) area = area "." p[i]
        areas[area]++
      }
    }
    END {
      print "T", total + 0
      for (k in self) print "S", self[k], k
      for (k in packages) print "P", packages[k], k
      for (k in under) print "W", under[k], k
      for (k in areas) print "A", areas[k], k
      print "A", total - attributed, "(no-worktime-method-on-the-stack)"
    }')"
  total="$(printf '%s\n' "$counted" | awk '$1 == "T" { print $2 }')"
  for section in S P A W; do
    case "$section" in
      S) title="self: the method running when sampled" ;;
      P) title="self, by package" ;;
      A) title="worktime package the sampled code ran under (its innermost worktime method's)" ;;
      W) title="innermost worktime method on the sampled stack" ;;
    esac
    printf '%s (of %s samples)\n' "$title" "$total"
    printf '%s\n' "$counted" | awk -v s="$section" '$1 == s' | sort -k2,2nr |
      awk -v total="$total" -v rows="$rows" \
        'NR <= rows { printf "  %5.1f %%  %s\n", 100 * $2 / (total ? total : 1), $3 }'
    echo
  done
}

# The peak heap a flight recording saw: used before a GC (peak) and after one (retained), in MiB.
jfr_heap() {
  jfr print --events jdk.GCHeapSummary "$1" | awk '
    /when = "Before GC"/ { when = "before" } /when = "After GC"/ { when = "after" }
    /heapUsed = / {
      v = $3; unit = $4
      mib = (unit ~ /GB/) ? v * 1024 : (unit ~ /MB/) ? v : (unit ~ /kB/) ? v / 1024 : v / 1048576
      if (when == "before" && mib > before) before = mib
      if (when == "after" && mib > after) after = mib
    }
    END { printf "peak_heap_used_mib=%.0f peak_heap_after_gc_mib=%.0f\n", before, after }'
}

# Warms a server up with wrk until its throughput is steady: windows of SECONDS until two in a row
# are within 10 % of each other (at least half of MAX windows, at most MAX). The JIT needs far longer on a loaded
# machine than on an idle one. warm_until_steady SECONDS MAX WRK_ARGUMENTS...
warm_until_steady() {
  local seconds="$1" max="$2" previous=0 current window min_windows
  shift 2
  min_windows=$(((max + 1) / 2))
  for window in $(seq 1 "$max"); do
    current="$(wrk -d "${seconds}s" "$@" | awk '/^Requests\/sec/ { print $2 }')"
    say "  warm-up window $window: $current requests/s"
    if [ "$window" -ge "$min_windows" ] && awk -v a="$previous" -v b="$current" 'BEGIN { exit !(b > 0 && a / b > 0.9 && a / b < 1.1) }'; then
      return 0
    fi
    previous="$current"
  done
  say "  still not steady after $max windows; measuring anyway"
}

# The flags that start a server with a flight recording from its first instruction, kept in memory.
# Starting the first recording in a running JVM instruments classes (socket and file events) and
# throws away compiled code: a server warmed up without it would warm up again once it starts.
jfr_always=(-XX:StartFlightRecording=name=always,settings=profile)

# Starts and stops a second recording (profile settings) in a JVM started with $jfr_always, so that
# a file holds the measured runs only: jfr_start PID FILE, later jfr_stop PID (which writes FILE).
jfr_start() {
  jcmd "$1" JFR.start name=bench settings=profile filename="$2" >/dev/null
}
jfr_stop() {
  jcmd "$1" JFR.stop name=bench >/dev/null
}

# The service logs every request (its access log, to stderr): keep the last MiB of each log given.
trim_logs() {
  local file
  for file in "$@"; do
    if [ -f "$file" ] && [ "$(wc -c <"$file")" -gt 1048576 ]; then
      tail -c 1048576 "$file" >"$file.tail" && mv "$file.tail" "$file"
    fi
  done
}

# The machine, for the record.
machine_facts() {
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpus: $(nproc); model: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "java: $("$java_bin" -version 2>&1 | head -n 1)"
  echo "postgres: $("$pg_bin/postgres" --version 2>/dev/null || echo none)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}
