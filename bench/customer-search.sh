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
# shellcheck source=bench/lib.sh
source "$repo_root/bench/lib.sh"
bench_start search
token=$(bench_token)

dotnet build bench/SecurityTrax.Bench.Search -c Release -nologo -v quiet >/dev/null
tool=bench/SecurityTrax.Bench.Search/bin/Release/net10.0/SecurityTrax.Bench.Search.dll

say "loading $customers customers ..."
psql_super -c "ALTER SYSTEM SET synchronous_commit = off" -c "SELECT pg_reload_conf()" >/dev/null
dotnet "$tool" "$url" "$token" "$customers" 0 | grep -E 'loaded|customers' >&2
psql_super -c "ALTER SYSTEM RESET synchronous_commit" -c "SELECT pg_reload_conf()" >/dev/null
psql_super -c "VACUUM ANALYZE customer_list" >/dev/null
say "read model holds $(psql_super -c 'SELECT count(*) FROM customer_list') customers; measuring $queries queries per kind ..."

# A fresh token: loading may have outlived the first one.
token=$(bench_token)
dotnet "$tool" "$url" "$token" "$customers" "$queries"
