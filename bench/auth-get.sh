#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions reached only through traps look unreachable
# Benchmark: requests per second of an authenticated GET answered by an activated grain through the
# real gateway (GET /api/v1/settings: JWT validation, grant check, Orleans call to the silo), side by
# side in the same run with a bare ASP.NET minimal API (bench/SecurityTrax.Bench.Bare) returning the
# same JSON and ETag. Not part of ./test.sh.
#
#   bench/auth-get.sh
#
# What it does: installs wrk with apt-get when it is missing (as root); starts a private PostgreSQL
# (default durability) in a temporary folder; builds Release once; starts the silo, the gateway and
# the bare app on free loopback ports; signs in as the bootstrap admin; checks both answers (200, the
# same JSON shape); warms both up; then runs BENCH_ROUNDS rounds, each one wrk run against the bare app
# and one against the gateway, and prints a table per round, the medians and the ratio gateway/bare.
# Every process it started and the temporary folder are removed on exit, also on Ctrl-C.
#
# Environment (all optional):
#   BENCH_ROUNDS          rounds (default 5)
#   BENCH_SECONDS         seconds per measured wrk run (default 10)
#   BENCH_WARMUP_SECONDS  seconds of warm-up per target (default 5)
#   BENCH_CONNECTIONS     wrk connections (default 64)
#   BENCH_THREADS         wrk threads (default 2)
#   BENCH_NO_BUILD=1      use the existing Release binaries
#   BENCH_KEEP=1          keep the temporary folder (logs, wrk output) and print where it is
#
# Exit code 0 when every run completed without non-2xx answers; the ratio is reported, not enforced.

set -uo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || exit 1
cd "$repo_root" || exit 1

# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=scripts/pg.sh
source "$repo_root/scripts/pg.sh"
# shellcheck source=scripts/certs.sh
source "$repo_root/scripts/certs.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rounds=${BENCH_ROUNDS:-5}
seconds=${BENCH_SECONDS:-10}
warmup_seconds=${BENCH_WARMUP_SECONDS:-5}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-2}
silo_timeout=120
gateway_timeout=60

silo_dir=$repo_root/src/Silo/bin/Release/net10.0
gateway_dir=$repo_root/src/Gateway/bin/Release/net10.0
bare_dir=$repo_root/bench/SecurityTrax.Bench.Bare/bin/Release/net10.0

work_dir=""
pg_data=""
started_pg=0
silo_pid=""
gateway_pid=""
bare_pid=""
wrk_pid=""

say() { printf '%s\n' "bench: $*" >&2; }
die() {
    say "ERROR: $*"
    exit 1
}

# stop_pid PID NAME TIMEOUT_SECONDS: SIGTERM, wait, SIGKILL if it is still running.
stop_pid() {
    local pid=$1 name=$2 timeout=$3 i
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < timeout * 10; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            say "$name (pid $pid) did not stop within ${timeout}s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    trap '' INT TERM HUP
    [ -n "$wrk_pid" ] && stop_pid "$wrk_pid" wrk 5
    [ -n "$bare_pid" ] && stop_pid "$bare_pid" "bare app" 20
    [ -n "$gateway_pid" ] && stop_pid "$gateway_pid" gateway 30
    [ -n "$silo_pid" ] && stop_pid "$silo_pid" silo 60
    wrk_pid="" bare_pid="" gateway_pid="" silo_pid=""
    if [ "$started_pg" -eq 1 ]; then
        pg_stop "$pg_data" || say "could not stop PostgreSQL in $pg_data"
        started_pg=0
    fi
    if [ -n "$work_dir" ] && [ -d "$work_dir" ]; then
        if [ "${BENCH_KEEP:-0}" = 1 ]; then
            say "kept $work_dir (logs/, wrk/)"
        else
            # On a failure (not on Ctrl-C) the logs say why.
            if [ "$rc" -eq 1 ]; then
                show_logs
            fi
            rm -rf "$work_dir"
        fi
    fi
    work_dir=""
}

# On failure, the last lines of every log, since the folder is about to go.
show_logs() {
    local f
    for f in "$work_dir"/logs/*.log; do
        [ -s "$f" ] || continue
        say "--- last lines of $(basename "$f") ---"
        tail -n 15 "$f" >&2
    done
}

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

is_count() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }
for v in rounds seconds warmup_seconds connections threads; do
    is_count "${!v}" || die "BENCH_${v^^} must be a positive whole number (got '${!v}')"
done

# --- prerequisites ----------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 ||
    die "'dotnet' was not found on PATH. Install the .NET 10 SDK (https://dot.net) and retry."
command -v curl >/dev/null 2>&1 || die "curl is required"
if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing wrk with apt-get ..."
        { DEBIAN_FRONTEND=noninteractive apt-get update -q &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; } >&2 || die "could not install wrk"
    fi
    command -v wrk >/dev/null 2>&1 || die "wrk is required (Debian: apt-get install wrk)"
fi
pg_ensure_binaries || die "PostgreSQL is not available"

clk_tck=$(getconf CLK_TCK 2>/dev/null || echo 100)
cores=$(nproc 2>/dev/null || echo 1)

# --- temporary folder and PostgreSQL ----------------------------------------------------
# Under /tmp and owned by postgres so that the server programs can reach the data folder.
work_dir=$(mktemp -d /tmp/securitytrax-bench.XXXXXX) || die "mktemp failed"
chmod 755 "$work_dir"
if [ "$(id -u)" -eq 0 ]; then
    chown "$PG_OS_USER:" "$work_dir" || die "cannot give $work_dir to $PG_OS_USER"
fi
mkdir -p "$work_dir/logs" "$work_dir/wrk" || die "cannot create folders in $work_dir"
pg_data=$work_dir/pgdata

# Default durability (no --fast): the GET path does not touch the database, but start-up and
# sign-in do, as in production.
pg_port=$(pg_free_port) || die "no free port"
pg_init_cluster "$pg_data" "$pg_port" || die "could not create the PostgreSQL cluster"
started=0
for attempt in 1 2 3; do
    if pg_start "$pg_data" "$pg_port"; then
        started=1
        break
    fi
    say "PostgreSQL did not start on port $pg_port (attempt $attempt); trying another port"
    pg_port=$(pg_free_port) || die "no free port"
done
[ "$started" -eq 1 ] || die "PostgreSQL did not start"
started_pg=1

owner_password=$(pg_random_password)
app_password=$(pg_random_password)
pg_psql "$pg_data" "$pg_port" <<SQL || die "could not create the SecurityTrax roles/database"
\\set owner_pw '$owner_password'
\\set app_pw '$app_password'
CREATE ROLE securitytrax_owner LOGIN PASSWORD :'owner_pw';
CREATE ROLE securitytrax_app LOGIN PASSWORD :'app_pw';
CREATE DATABASE securitytrax OWNER securitytrax_owner;
GRANT CONNECT ON DATABASE securitytrax TO securitytrax_app;
SQL
owner_cs="Host=127.0.0.1;Port=$pg_port;Database=securitytrax;Username=securitytrax_owner;Password=$owner_password"
runtime_cs="Host=127.0.0.1;Port=$pg_port;Database=securitytrax;Username=securitytrax_app;Password=$app_password"
say "PostgreSQL on 127.0.0.1:$pg_port"

# --- build ------------------------------------------------------------------------------
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
    say "building (Release) ..."
    # No build servers: nothing of ours keeps running after the script.
    dotnet build SecurityTrax.sln -c Release -nologo -v quiet --disable-build-servers </dev/null \
        >"$work_dir/logs/build.log" 2>&1 || { tail -n 30 "$work_dir/logs/build.log" >&2; die "build failed"; }
fi
[ -f "$silo_dir/SecurityTrax.Silo.dll" ] || die "$silo_dir/SecurityTrax.Silo.dll not found (build first)"
[ -f "$gateway_dir/SecurityTrax.Gateway.dll" ] || die "$gateway_dir/SecurityTrax.Gateway.dll not found (build first)"
[ -f "$bare_dir/SecurityTrax.Bench.Bare.dll" ] || die "$bare_dir/SecurityTrax.Bench.Bare.dll not found (build first)"

# --- ports ------------------------------------------------------------------------------
used_ports=" $pg_port "
# fresh_port VAR: a free loopback port that this run has not handed out yet, into VAR (no
# subshell, so that used_ports keeps what was handed out).
fresh_port() {
    local p
    for _ in $(seq 1 50); do
        p=$(pg_free_port) || return 1
        if [[ $used_ports != *" $p "* ]]; then
            used_ports+="$p "
            printf -v "$1" '%s' "$p"
            return 0
        fi
    done
    return 1
}
silo_port="" silo_gateway_port="" gateway_port="" bare_port=""
fresh_port silo_port || die "no free port"
fresh_port silo_gateway_port || die "no free port"
fresh_port gateway_port || die "no free port"
fresh_port bare_port || die "no free port"
gateway_url=http://127.0.0.1:$gateway_port
bare_url=http://127.0.0.1:$bare_port

admin_password=$(pg_random_password)
signing_key=$(head -c 32 /dev/urandom | base64 -w 0)
encryption_key=$(head -c 32 /dev/urandom | base64 -w 0)
# A cluster of this run's own: no other system on the machine shares it.
cluster_id="bench-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
certs_ensure "$work_dir/certs" || die "could not make the cluster certificates"

# Same environment for the three programs, except what each needs.
common_env=(
    -u ConnectionStrings__Owner -u ConnectionStrings__Runtime -u Encryption__Key -u Urls -u ASPNETCORE_URLS
    ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
    Cluster__Membership=Localhost Cluster__ClusterId="$cluster_id"
)

http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$@" 2>/dev/null || true; }

# wait_alive PID NAME: fail when the program has exited.
wait_alive() {
    local pid=$1 name=$2 code
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid"
        code=$?
        die "the $name exited during start-up (exit code $code)"
    fi
}

# --- silo -------------------------------------------------------------------------------
say "starting silo (ports $silo_port/$silo_gateway_port) ..."
# setsid: a Ctrl-C in the terminal reaches only this script, which stops the programs in order.
(cd "$silo_dir" && exec setsid env "${common_env[@]}" \
    ConnectionStrings__Owner="$owner_cs" ConnectionStrings__Runtime="$runtime_cs" \
    Bootstrap__AdminPassword="$admin_password" Encryption__Key="$encryption_key" \
    Cluster__SiloPort="$silo_port" Cluster__GatewayPort="$silo_gateway_port" \
    Cluster__Tls__Certificate="$work_dir/certs/silo.pem" Cluster__Tls__Key="$work_dir/certs/silo.key" \
    Cluster__Tls__Authority="$work_dir/certs/ca.pem" \
    dotnet SecurityTrax.Silo.dll) >"$work_dir/logs/silo.log" 2>&1 </dev/null &
silo_pid=$!
ready=0
for ((i = 0; i < silo_timeout * 2; i++)); do
    if grep -qF 'SecurityTrax silo started' "$work_dir/logs/silo.log"; then
        ready=1
        break
    fi
    wait_alive "$silo_pid" silo
    sleep 0.5
done
[ "$ready" -eq 1 ] || die "the silo did not report 'SecurityTrax silo started' within ${silo_timeout}s"

# --- gateway ----------------------------------------------------------------------------
say "starting gateway on $gateway_url ..."
(cd "$gateway_dir" && exec setsid env "${common_env[@]}" \
    Cluster__GatewayPort="$silo_gateway_port" ConnectionStrings__Runtime="$runtime_cs" \
    Auth__SigningKey="$signing_key" Auth__AccessTokenLifetime=02:00:00 \
    Logging__LogLevel__Default=Warning \
    Cluster__Tls__Certificate="$work_dir/certs/gateway.pem" Cluster__Tls__Key="$work_dir/certs/gateway.key" \
    Cluster__Tls__Authority="$work_dir/certs/ca.pem" \
    dotnet SecurityTrax.Gateway.dll --urls "$gateway_url") >"$work_dir/logs/gateway.log" 2>&1 </dev/null &
gateway_pid=$!
ready=0
for ((i = 0; i < gateway_timeout * 2; i++)); do
    if [ "$(http_status "$gateway_url/healthz")" = 200 ]; then
        ready=1
        break
    fi
    wait_alive "$gateway_pid" gateway
    sleep 0.5
done
[ "$ready" -eq 1 ] || die "$gateway_url/healthz did not answer 200 within ${gateway_timeout}s"

# --- bare app ---------------------------------------------------------------------------
say "starting bare app on $bare_url ..."
(cd "$bare_dir" && exec setsid env "${common_env[@]}" \
    Logging__LogLevel__Default=Warning \
    dotnet SecurityTrax.Bench.Bare.dll --urls "$bare_url") >"$work_dir/logs/bare.log" 2>&1 </dev/null &
bare_pid=$!
ready=0
for ((i = 0; i < gateway_timeout * 2; i++)); do
    if [ "$(http_status "$bare_url/api/v1/settings")" = 200 ]; then
        ready=1
        break
    fi
    wait_alive "$bare_pid" "bare app"
    sleep 0.5
done
[ "$ready" -eq 1 ] || die "$bare_url/api/v1/settings did not answer 200 within ${gateway_timeout}s"

# --- sign in and check both answers ------------------------------------------------------
token_json=$(curl -s --max-time 30 "$gateway_url/api/v1/auth/token" -H 'content-type: application/json' \
    -d "{\"tenant\":\"demo\",\"userName\":\"admin\",\"password\":\"$admin_password\"}") ||
    die "sign-in request failed"
token=$(printf '%s' "$token_json" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || die "sign-in returned no accessToken: $token_json"
auth_header="Authorization: Bearer $token"

# check_get NAME URL [curl args]: 200, JSON with the six settings members; prints "size etag".
check_get() {
    local name=$1 url=$2 out code body etag member
    shift 2
    out=$work_dir/wrk/check-$name
    code=$(curl -s -D "$out.headers" -o "$out.body" -w '%{http_code}' --max-time 30 "$@" "$url/api/v1/settings") ||
        die "GET $url/api/v1/settings ($name) failed"
    body=$(cat "$out.body")
    [ "$code" = 200 ] || die "GET /api/v1/settings on the $name answered $code, not 200: $body"
    for member in tenant companyName timeZone culture emailReceiptsByDefault updatedAt; do
        [[ $body == *"\"$member\":"* ]] || die "the $name's answer has no '$member': $body"
    done
    etag=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r$/\1/p' "$out.headers")
    [ -n "$etag" ] || die "the $name's answer has no ETag"
    say "$name: 200, ETag $etag, ${#body} bytes: $body"
    printf '%s %s\n' "${#body}" "$etag"
}
read -r gateway_size gateway_etag < <(check_get gateway "$gateway_url" -H "$auth_header") || exit 1
read -r bare_size bare_etag < <(check_get bare "$bare_url") || exit 1
if [ -z "${gateway_size:-}" ] || [ -z "${bare_size:-}" ]; then
    die "could not check the answers"
fi
if [ "$gateway_size" != "$bare_size" ] || [ "$gateway_etag" != "$bare_etag" ]; then
    say "WARNING: the bare body/ETag ($bare_size bytes, $bare_etag) differs from the gateway's ($gateway_size bytes, $gateway_etag); update bench/SecurityTrax.Bench.Bare/Program.cs"
fi

# --- measuring ---------------------------------------------------------------------------
# CPU ticks (user+system) of one process.
proc_ticks() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
    # Fields after "(comm) ": state is 1, utime 12, stime 13, cutime 14, cstime 15.
    stat=${stat##*) }
    awk '{ print $12 + $13 }' <<<"$stat"
}
# CPU ticks of this script's finished children: wrk once it has been waited for (plus the few
# ticks of the small helpers).
reaped_children_ticks() {
    local stat
    stat=$(cat "/proc/$$/stat")
    stat=${stat##*) }
    awk '{ print $14 + $15 }' <<<"$stat"
}
pg_ticks() {
    local postmaster total=0 p
    postmaster=$(head -n 1 "$pg_data/postmaster.pid" 2>/dev/null) || { echo 0; return; }
    for p in "$postmaster" $(cat /proc/"$postmaster"/task/*/children 2>/dev/null); do
        total=$((total + $(proc_ticks "$p")))
    done
    echo "$total"
}
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }

# Wall-clock time first: the CPU figures are divided by the real length of the run.
snapshot() {
    printf '%s %s %s %s %s %s %s\n' "${EPOCHREALTIME/,/.}" "$(proc_ticks "$gateway_pid")" "$(proc_ticks "$silo_pid")" \
        "$(proc_ticks "$bare_pid")" "$(pg_ticks)" "$(reaped_children_ticks)" "$(machine_busy_ticks)"
}

# to_ms VALUE: wrk's latency ("850.12us", "1.23ms", "1.01s") in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.2f", n }'
}

# run_wrk LABEL DURATION URL [wrk args]: runs wrk in the background (so Ctrl-C acts at once) and
# sets rps, p50, p90, p99, cpu_* (cores busy) and us_per_req (server CPU per request: the bare app,
# or gateway + silo) for the run. Fails on non-2xx answers.
run_wrk() {
    local label=$1 duration=$2 url=$3 out before after non2xx sockerr rc
    shift 3
    out=$work_dir/wrk/$label.txt
    before=$(snapshot)
    wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" "$url/api/v1/settings" >"$out" 2>&1 </dev/null &
    wrk_pid=$!
    wait "$wrk_pid"
    rc=$?
    wrk_pid=""
    after=$(snapshot)
    [ "$rc" -eq 0 ] || { cat "$out" >&2; die "wrk failed for $label (exit code $rc)"; }
    non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$out")
    if [ -n "$non2xx" ] && [ "$non2xx" != 0 ]; then
        cat "$out" >&2
        die "$label: wrk saw $non2xx non-2xx/3xx answers; the measurement is meaningless"
    fi
    sockerr=$(sed -n 's/^ *Socket errors: *//p' "$out")
    [ -z "$sockerr" ] || say "WARNING: $label: socket errors: $sockerr"
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    [ -n "$rps" ] || { cat "$out" >&2; die "could not read Requests/sec for $label"; }
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    # Cores busy (1.00 = one core for the whole run); other = the rest of the machine (kernel
    # work not charged to a process, and any program that is not part of the benchmark).
    read -r cpu_gateway cpu_silo cpu_bare cpu_pg cpu_wrk cpu_all cpu_other < <(
        awk -v b="$before" -v a="$after" -v hz="$clk_tck" 'BEGIN {
            split(b, x, " "); split(a, y, " ")
            s = y[1] - x[1]
            for (i = 2; i <= 7; i++) { c[i] = (y[i] - x[i]) / hz / s; printf "%.2f ", c[i] }
            o = c[7] - c[2] - c[3] - c[4] - c[5] - c[6]
            printf "%.2f\n", (o < 0 ? 0 : o) }')
    us_per_req=$(awk -v g="$cpu_gateway" -v s="$cpu_silo" -v b="$cpu_bare" -v r="$rps" \
        'BEGIN { printf "%.0f", (g + s + b) * 1000000 / r }')
}

row_format='%-5s %-8s %10s %8s %8s %8s %7s   %7s %6s %6s %6s %6s %6s %6s\n'
print_header() {
    # shellcheck disable=SC2059
    printf "$row_format" round target 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'us/req' gateway silo bare pg wrk other total
}
max_other=0
print_row() {
    # shellcheck disable=SC2059
    printf "$row_format" "$1" "$2" "$rps" "$p50" "$p90" "$p99" "$us_per_req" \
        "$cpu_gateway" "$cpu_silo" "$cpu_bare" "$cpu_pg" "$cpu_wrk" "$cpu_other" "$cpu_all"
    max_other=$(awk -v a="$max_other" -v b="$cpu_other" 'BEGIN { print (b > a ? b : a) }')
}

say "warming up (${warmup_seconds}s each) ..."
run_wrk warmup-bare "$warmup_seconds" "$bare_url"
run_wrk warmup-gateway "$warmup_seconds" "$gateway_url" -H "$auth_header"

say "measuring: $rounds rounds of wrk -t$threads -c$connections -d${seconds}s, bare then gateway ($cores cores, shared with wrk)"
echo
echo "us/req: server CPU per request in microseconds (bare app; gateway + silo). CPU columns: cores busy"
echo "during the run (1.00 = one core of $cores); other = kernel work and programs outside the benchmark."
print_header
bare_rates=()
gateway_rates=()
ratios=()
for ((r = 1; r <= rounds; r++)); do
    run_wrk "round$r-bare" "$seconds" "$bare_url"
    print_row "$r" bare
    bare_rates+=("$rps")
    run_wrk "round$r-gateway" "$seconds" "$gateway_url" -H "$auth_header"
    print_row "$r" gateway
    gateway_rates+=("$rps")
    ratios+=("$(awk -v g="$rps" -v b="${bare_rates[-1]}" 'BEGIN { printf "%.3f", g / b }')")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
bare_median=$(median "${bare_rates[@]}")
gateway_median=$(median "${gateway_rates[@]}")
ratio_median=$(median "${ratios[@]}")
ratio_of_medians=$(awk -v g="$gateway_median" -v b="$bare_median" 'BEGIN { printf "%.3f", g / b }')

echo
echo "per-round ratio gateway/bare: ${ratios[*]}"
printf 'median req/s  bare:    %10.0f\n' "$bare_median"
printf 'median req/s  gateway: %10.0f\n' "$gateway_median"
printf 'ratio gateway/bare: median of per-round ratios %.3f, ratio of medians %.3f\n' "$ratio_median" "$ratio_of_medians"
if awk -v o="$max_other" 'BEGIN { exit !(o > 0.25) }'; then
    say "WARNING: up to $max_other cores went to programs outside the benchmark during a run; the machine was not idle, so these figures understate both rates"
fi
exit 0
