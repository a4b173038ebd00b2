#!/usr/bin/env bash
# Customer search benchmark: loads customers through the gateway, then measures search latency
# through the gateway (p50/p95/p99 per kind of query), on the system as ./run.sh starts it.
#
#   bench/customer-search.sh              # 100,000 customers, 200 queries per kind
#   BENCH_CUSTOMERS=20000 BENCH_QUERIES=100 bench/customer-search.sh
#
# It runs ./run.sh with a throw-away data folder (its own PostgreSQL, default durability),
# so it needs nothing else. Loading is the slow part; while it runs, PostgreSQL's
# synchronous_commit is off (setup only); it is back on before anything is measured.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
customers=${BENCH_CUSTOMERS:-100000}
queries=${BENCH_QUERIES:-200}
say() { printf 'bench: %s\n' "$*" >&2; }

data_dir=$(mktemp -d /tmp/securitytrax-bench-search.XXXXXX)
chmod 755 "$data_dir"
port=$((20000 + RANDOM % 20000))
pg_port=$((40000 + RANDOM % 20000))
url="http://127.0.0.1:$port"
password="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
run_pid=""

cleanup() {
    if [ -n "$run_pid" ] && kill -0 "$run_pid" 2>/dev/null; then
        kill -TERM "$run_pid" 2>/dev/null || true
        wait "$run_pid" 2>/dev/null || true
    fi
    rm -rf -- "$data_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "starting the system (log: $data_dir/run.log) ..."
SECURITYTRAX_DATA_DIR=$data_dir SECURITYTRAX_PG_PORT=$pg_port SECURITYTRAX_URL=$url \
    Bootstrap__AdminPassword=$password Auth__AccessTokenLifetime=02:00:00 \
    setsid ./run.sh >"$data_dir/run.log" 2>&1 </dev/null &
run_pid=$!
for _ in $(seq 1 300); do
    curl -sf "$url/healthz" >/dev/null 2>&1 && break
    kill -0 "$run_pid" 2>/dev/null || { tail -30 "$data_dir/run.log" >&2; exit 1; }
    sleep 1
done
curl -sf "$url/healthz" >/dev/null || { say "the gateway did not come up"; exit 1; }

psql_super() {
    PGPASSWORD=$(cat "$data_dir/pgdata/superuser.password") psql -h 127.0.0.1 -p "$pg_port" -U postgres -d securitytrax -qAt "$@"
}
token=$(curl -sf "$url/api/v1/auth/token" -H 'content-type: application/json' \
    -d "{\"tenant\":\"demo\",\"userName\":\"admin\",\"password\":\"$password\"}" |
    sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

dotnet build bench/SecurityTrax.Bench.Search -c Release -nologo -v quiet >/dev/null
tool=bench/SecurityTrax.Bench.Search/bin/Release/net10.0/SecurityTrax.Bench.Search.dll

say "loading $customers customers ..."
psql_super -c "ALTER SYSTEM SET synchronous_commit = off" -c "SELECT pg_reload_conf()" >/dev/null
dotnet "$tool" "$url" "$token" "$customers" 0 | grep -E 'loaded|customers' >&2
psql_super -c "ALTER SYSTEM RESET synchronous_commit" -c "SELECT pg_reload_conf()" >/dev/null
psql_super -c "VACUUM ANALYZE customer_list" >/dev/null
say "read model holds $(psql_super -c 'SELECT count(*) FROM customer_list') customers; measuring $queries queries per kind ..."

# A fresh token: loading may have outlived the first one.
token=$(curl -sf "$url/api/v1/auth/token" -H 'content-type: application/json' \
    -d "{\"tenant\":\"demo\",\"userName\":\"admin\",\"password\":\"$password\"}" |
    sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
dotnet "$tool" "$url" "$token" "$customers" "$queries"
