# Shared by the benchmarks that run the system as ./run.sh starts it. Source it, then call
# bench_start NAME [VAR=value ...]: a throw-away data folder with its own PostgreSQL, the silo and
# the gateway on free loopback ports (./run.sh picks the silo's and generates the cluster id), all removed on exit (also on Ctrl-C). Afterwards $url,
# $data_dir, $pg_port and $password are set; bench_token prints a fresh access token for the
# admin and psql_super runs SQL as the database superuser.

say() { printf 'bench: %s\n' "$*" >&2; }

bench_run_pid=""

bench_cleanup() {
    if [ -n "$bench_run_pid" ] && kill -0 "$bench_run_pid" 2>/dev/null; then
        kill -TERM "$bench_run_pid" 2>/dev/null || true
        wait "$bench_run_pid" 2>/dev/null || true
    fi
    [ -n "${data_dir:-}" ] && rm -rf -- "$data_dir"
}

bench_start() {
    local name=$1
    shift
    data_dir=$(mktemp -d "/tmp/securitytrax-bench-$name.XXXXXX")
    chmod 755 "$data_dir"
    # shellcheck source=scripts/pg.sh
    source "$(dirname "${BASH_SOURCE[0]}")/../scripts/pg.sh"
    local port
    port=$(pg_free_port) || exit 1
    pg_port=$(pg_free_port) || exit 1
    while [ "$pg_port" = "$port" ]; do pg_port=$(pg_free_port) || exit 1; done
    url="http://127.0.0.1:$port"
    password="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM

    # Benchmarks measure the system's throughput, not the gateway's rate limits (README, "Sessions, proxies and rate limits").
    local limits=() group
    for group in Search Pdf Campaigns CreditReports Uploads; do
        limits+=("RateLimits__${group}__PerUser=100000000" "RateLimits__${group}__PerCompany=100000000")
    done

    say "starting the system (log: $data_dir/run.log) ..."
    env "${limits[@]}" "$@" SECURITYTRAX_DATA_DIR="$data_dir" SECURITYTRAX_PG_PORT="$pg_port" SECURITYTRAX_URL="$url" \
        Bootstrap__AdminPassword="$password" Auth__AccessTokenLifetime=02:00:00 \
        setsid ./run.sh >"$data_dir/run.log" 2>&1 </dev/null &
    bench_run_pid=$!
    for _ in $(seq 1 300); do
        curl -sf "$url/healthz" >/dev/null 2>&1 && return 0
        kill -0 "$bench_run_pid" 2>/dev/null || { tail -30 "$data_dir/run.log" >&2; exit 1; }
        sleep 1
    done
    say "the gateway did not come up"
    exit 1
}

bench_token() {
    curl -sf "$url/api/v1/auth/token" -H 'content-type: application/json' \
        -d "{\"tenant\":\"demo\",\"userName\":\"admin\",\"password\":\"$password\"}" |
        sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

psql_super() {
    PGPASSWORD=$(cat "$data_dir/pgdata/superuser.password") psql -h 127.0.0.1 -p "$pg_port" -U postgres -d securitytrax -qAt "$@"
}

# bench_postgres NAME: only a private PostgreSQL (default durability) in a throw-away folder, stopped and
# removed on exit; exports SECURITYTRAX_TEST_POSTGRES for benchmarks that host the silo themselves.
bench_pg_dir=""

bench_postgres_cleanup() {
    [ -n "$bench_pg_dir" ] && pg_stop "$bench_pg_dir/pgdata"
    [ -n "${data_dir:-}" ] && rm -rf -- "$data_dir"
}

bench_postgres() {
    local name=$1
    # shellcheck source=scripts/pg.sh
    source "$(dirname "${BASH_SOURCE[0]}")/../scripts/pg.sh"
    pg_ensure_binaries || exit 1
    data_dir=$(mktemp -d "/tmp/securitytrax-bench-$name.XXXXXX")
    chmod 755 "$data_dir"
    pg_port=$(pg_free_port)
    trap bench_postgres_cleanup EXIT
    trap 'exit 130' INT TERM
    pg_init_cluster "$data_dir/pgdata" "$pg_port" -c max_connections=300 || exit 1
    bench_pg_dir=$data_dir
    pg_start "$data_dir/pgdata" "$pg_port" || exit 1
    export SECURITYTRAX_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$(pg_superuser_password "$data_dir/pgdata");Database=postgres"
}
