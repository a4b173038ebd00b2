#!/usr/bin/env bash
# Payment throughput: invoices paid (charged through the sandbox processor and applied) per second through the
# gateway, on the system as ./run.sh starts it (own PostgreSQL, default durability, no Stripe key: sandbox).
#
#   bench/payments.sh                                             # 200 customers, 2 invoices each per round, 3 rounds, 16 clients
#   BENCH_CUSTOMERS=500 BENCH_ROUNDS=5 BENCH_CLIENTS=32 bench/payments.sh
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
customers=${BENCH_CUSTOMERS:-200}
per_customer=${BENCH_INVOICES_PER_CUSTOMER:-2}
rounds=${BENCH_ROUNDS:-3}
clients=${BENCH_CLIENTS:-16}
# shellcheck source=bench/lib.sh
source "$repo_root/bench/lib.sh"

dotnet build bench/SecurityTrax.Bench.Payments -c Release -nologo -v quiet >/dev/null
tool=bench/SecurityTrax.Bench.Payments/bin/Release/net10.0/SecurityTrax.Bench.Payments.dll

bench_start payments
say "loading $customers customers with a card and their invoices, then $rounds rounds of paying them ..."
dotnet "$tool" "$url" "$(bench_token)" "$customers" "$per_customer" "$rounds" "$clients"
