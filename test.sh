#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions reached only through traps look unreachable
# Runs every test of SecurityTrax.
#
#   ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Grains]
#
# Starts a throw-away PostgreSQL cluster (installing PostgreSQL, and Chromium for the console's
# browser tests, with apt-get when they are missing and we are root), exports SECURITYTRAX_TEST_POSTGRES (superuser Npgsql connection
# string), builds the solution in Release, runs `dotnet test`, and prints as the very last
# line: "N passed, N failed, N skipped".
#
# Exit code is non-zero when the build or `dotnet test` fails (this includes a crashed test
# host), when any test failed, or when no test passed at all.
#
# Optional environment:
#   SECURITYTRAX_TEST_LOG   log file (default: TestResults/test.log in the repository)

set -uo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd) || exit 1
cd "$repo_root" || exit 1

# shellcheck source=scripts/pg.sh
source "$repo_root/scripts/pg.sh"
# shellcheck source=scripts/fonts.sh
source "$repo_root/scripts/fonts.sh"
# shellcheck source=scripts/chromium.sh
source "$repo_root/scripts/chromium.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Plain, line-oriented MSBuild output (the summary lines are parsed below).
export MSBUILDTERMINALLOGGER=off

log_file=${SECURITYTRAX_TEST_LOG:-$repo_root/TestResults/test.log}
passed=0
failed=0
skipped=0
assemblies=0
pg_tmp=""
pg_data=""
child_pid=""
tail_pid=""

say() { printf '%s\n' "test.sh: $*"; }

# Print PID and all of its descendants.
process_tree() {
    local pid=$1 child
    printf '%s\n' "$pid"
    # shellcheck disable=SC2013  # the file holds space-separated pids
    for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
        process_tree "$child"
    done
}

# stop_pid PID TIMEOUT_SECONDS: SIGTERM the process and its descendants, SIGKILL after timeout.
stop_pid() {
    local pid=$1 timeout=$2 i
    local -a tree
    mapfile -t tree < <(process_tree "$pid")
    kill -TERM "${tree[@]}" 2>/dev/null || true
    for ((i = 0; i < timeout * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "${tree[@]}" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# Stop whatever we started. Safe to call more than once.
cleanup() {
    if [ -n "$child_pid" ]; then
        stop_pid "$child_pid" 20
        child_pid=""
    fi
    if [ -n "$tail_pid" ]; then
        kill "$tail_pid" 2>/dev/null || true
        wait "$tail_pid" 2>/dev/null || true
        tail_pid=""
    fi
    if [ -n "$pg_data" ]; then
        pg_stop "$pg_data" >/dev/null 2>&1 || true
        pg_data=""
    fi
    if [ -n "$pg_tmp" ]; then
        rm -rf -- "$pg_tmp" >/dev/null 2>&1 || true
        pg_tmp=""
    fi
}

# Sum the per-assembly summary lines of the log, e.g.
#   Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: 3 s - X.Tests.dll (net10.0)
tally() {
    local f p s
    passed=0 failed=0 skipped=0 assemblies=0
    [ -f "$log_file" ] || return 0
    while read -r f p s; do
        failed=$((failed + f))
        passed=$((passed + p))
        skipped=$((skipped + s))
        assemblies=$((assemblies + 1))
    done < <(sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log_file" |
             grep -E '[A-Za-z]+! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+' |
             sed -E 's/.*Failed: +([0-9]+), +Passed: +([0-9]+), +Skipped: +([0-9]+).*/\1 \2 \3/')
}

# Stop everything, print the summary as the last line and exit.
finish() {
    local rc=$1
    trap - INT TERM
    cleanup
    printf '%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"
    exit "$rc"
}

on_signal() {
    trap - INT TERM
    say "interrupted; stopping" >&2
    cleanup
    tally
    finish "$1"
}

trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

# run_logged CMD...: run CMD in the background with its output appended to the log and shown
# on the terminal; returns CMD's exit code. Waiting on a background child lets the INT/TERM
# traps run immediately instead of after CMD has finished.
run_logged() {
    local offset rc
    offset=$(stat -c %s "$log_file")
    "$@" >>"$log_file" 2>&1 </dev/null &
    child_pid=$!
    tail -c +"$((offset + 1))" -f --pid="$child_pid" "$log_file" &
    tail_pid=$!
    wait "$child_pid"
    rc=$?
    child_pid=""
    wait "$tail_pid" 2>/dev/null
    tail_pid=""
    return "$rc"
}

if ! command -v dotnet >/dev/null 2>&1; then
    say "ERROR: 'dotnet' was not found on PATH. Install the .NET 10 SDK (https://dot.net) and retry." >&2
    finish 1
fi

mkdir -p "$(dirname "$log_file")" || finish 1
: >"$log_file" || finish 1

# --- PostgreSQL, fonts and the browser ---------------------------------------------------
pg_ensure_binaries || finish 1
fonts_ensure_dejavu || finish 1
# The console's end-to-end tests drive Debian's Chromium; without it they fail (never skip).
chromium_ensure || finish 1

# A folder the postgres user can reach even when the checkout lives under /root.
pg_tmp=$(mktemp -d /tmp/securitytrax-test-pg.XXXXXX) || finish 1
chmod 755 "$pg_tmp"
if [ "$(id -u)" -eq 0 ]; then
    chown "$PG_OS_USER:" "$pg_tmp"
fi
pg_port=$(pg_free_port) || finish 1
pg_init_cluster "$pg_tmp/data" "$pg_port" --fast -c max_connections=300 || finish 1
pg_data=$pg_tmp/data

started=0
for attempt in 1 2 3; do
    if pg_start "$pg_data" "$pg_port"; then
        started=1
        break
    fi
    say "PostgreSQL did not start on port $pg_port (attempt $attempt); trying another port" >&2
    pg_port=$(pg_free_port) || finish 1
done
[ "$started" -eq 1 ] || finish 1

if ! pg_psql "$pg_data" "$pg_port" -Atc 'SELECT 1' >/dev/null; then
    say "ERROR: cannot connect to the test PostgreSQL server" >&2
    finish 1
fi

pg_password=$(pg_superuser_password "$pg_data")
export SECURITYTRAX_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$PG_SUPERUSER;Password=$pg_password;Database=postgres"
say "test PostgreSQL running on 127.0.0.1:$pg_port (data in $pg_data)"

# run_two_lanes: the browser lane and the other lane at once; fails if either failed.
run_two_lanes() {
    local browser_pid rc=0
    run_lane "$browser_tests" &
    browser_pid=$!
    run_lane "${other_tests[@]}" || rc=1
    wait "$browser_pid" || rc=1
    return "$rc"
}

# --- build -----------------------------------------------------------------------------
say "building (Release) ..."
build_rc=0
run_logged dotnet build SecurityTrax.sln -c Release -nologo || build_rc=$?
if [ "$build_rc" -ne 0 ]; then
    say "ERROR: build failed (exit code $build_rc); see $log_file" >&2
    finish 1
fi

# --- test ------------------------------------------------------------------------------
# Two lanes side by side, one per core: the browser tests (the longest assembly) in one, every other test
# assembly one after another in the other, longest first. `dotnet test` on the solution would start the browser
# tests last, after the others had taken both cores, and finish minutes later.
browser_tests=tests/SecurityTrax.Web.Tests/SecurityTrax.Web.Tests.csproj
other_tests=(tests/SecurityTrax.Gateway.Tests/SecurityTrax.Gateway.Tests.csproj)
for project in tests/*.Tests/*.Tests.csproj; do
    case $project in
        "$browser_tests" | "${other_tests[0]}") ;;
        *) other_tests+=("$project") ;;
    esac
done

# run_lane PROJECT...: `dotnet test` each project in turn; fails if any of them failed.
run_lane() {
    local project lane_rc=0
    for project in "$@"; do
        dotnet test "$project" -c Release --no-build --logger "console;verbosity=minimal" "${test_args[@]}" || lane_rc=1
    done
    return "$lane_rc"
}

say "running tests ..."
test_args=("$@")
test_rc=0
run_logged run_two_lanes || test_rc=$?

tally
if [ "$assemblies" -eq 1 ]; then noun=assembly; else noun=assemblies; fi
say "$assemblies test $noun reported a summary; dotnet test exit code $test_rc; log: $log_file"

rc=0
if [ "$test_rc" -ne 0 ]; then
    say "FAILED: dotnet test exited with code $test_rc" >&2
    rc=1
fi
if [ "$failed" -gt 0 ]; then
    say "FAILED: $failed test(s) failed" >&2
    rc=1
fi
if [ "$passed" -eq 0 ]; then
    say "FAILED: no test passed (nothing ran?)" >&2
    rc=1
fi
finish "$rc"
