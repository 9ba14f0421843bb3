# Shared by the reliability scripts (sourced, not run): the bench scripts' tools (a throwaway
# PostgreSQL from Debian's package, the exit trap that stops it), the app jar, and one suite run.

# shellcheck source=../bench/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bench/lib.sh"

# Builds the app jar when it is missing or older than a source or pom (offline: ~/.m2 is shared).
build_app_jar() {
  local stale=""
  if [ -f "$app_jar" ]; then
    stale="$(find "$root" -path "$root/.git" -prune -o -path "$root/bench/results" -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$app_jar" -print -quit 2>/dev/null || true)"
  fi
  if [ ! -f "$app_jar" ] || [ -n "$stale" ]; then
    say "building the app jar..."
    (cd "$root" && ./mvnw -o -B -q package -pl app -am -DskipTests -Dspotless.check.skip=true) >&2
  fi
}

# Runs one of app's reliability tests against the built jar, then prints its figures (also when it
# fails, then exits 1): run_suite TEST FIGURES_NAME -Dname=value...
run_suite() {
  local test="$1" name="$2" status=0 figures log line
  shift 2
  figures="$root/app/target/reliability/$name.txt"
  log="$root/app/target/reliability/$name.log"
  mkdir -p "$root/app/target/reliability"
  rm -f "$figures"
  say "running $test (load average $(cut -d' ' -f1-3 /proc/loadavg)); Maven's output in $log"
  (cd "$root" && ./mvnw -o -B -q test -pl app -am -Dspotless.check.skip=true \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dworktime.jar="$app_jar" -Dserve.jvmOptions= "$@") >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    grep -E '^\[ERROR\]|Expecting|but was' "$log" | head -n 40 >&2 || true
  fi
  echo
  echo "== $name figures (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ -f "$figures" ]; then
    while IFS= read -r line; do
      printf '\n%s\n' "$line" | fold -s -w 98 | sed 's/^/  /'
    done <"$figures"
  else
    echo "  none: the test did not get that far (see $log)"
  fi
  [ "$status" -eq 0 ] || die "$test failed"
}
