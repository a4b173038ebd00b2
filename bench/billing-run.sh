#!/usr/bin/env bash
# Billing run: N recurring invoices due at the same instant make their invoices (with history and the
# invoice list read model) through real reminders, against PostgreSQL with default durability. Reports
# invoices per second, total time, the silo's peak memory during the run, and the ratio to plain single-row
# 1 KB upserts measured by the same command on the same database.
#
#   bench/billing-run.sh                               # 100,000 recurring invoices
#   BENCH_INVOICES=20000 bench/billing-run.sh
#   BENCH_CONCURRENCY=200 BENCH_BASELINE_SECONDS=10 bench/billing-run.sh
#
# The silo runs inside the benchmark program, configured as production (AddSecurityTraxSilo), with a fake
# clock for business time and reminders: customers and recurring invoices are created through the grains
# the day before (synchronous_commit off while loading), idle grains are collected, then the clock moves
# to 02:00 of the billing day and the run is timed until every invoice is in the read model.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
# shellcheck source=bench/lib.sh
source "$repo_root/bench/lib.sh"

dotnet build bench/SecurityTrax.Bench.Billing -c Release -nologo -v quiet >/dev/null
bench_postgres billing
say "PostgreSQL on port $pg_port (default durability); ${BENCH_INVOICES:-100000} recurring invoices ..."
dotnet bench/SecurityTrax.Bench.Billing/bin/Release/net10.0/SecurityTrax.Bench.Billing.dll \
    "${BENCH_INVOICES:-100000}" "${BENCH_CONCURRENCY:-128}" "${BENCH_BASELINE_SECONDS:-10}"
