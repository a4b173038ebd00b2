#!/usr/bin/env bash
# Scheduling benchmark: 200 technicians with a year of appointments (about 100,000) in the read model, then a
# technician's week and the company's day through the gateway (p50/p95/p99), then booking throughput with
# conflict checks through the gateway.
#
#   bench/schedule.sh                                   # the full run
#   BENCH_APPOINTMENTS=5000 BENCH_QUERIES=50 BENCH_BOOK_SECONDS=5 bench/schedule.sh   # a smoke run
#
# It runs ./run.sh with a throw-away data folder (its own PostgreSQL, default durability). Technicians and
# customers are made through the API; the year of appointments is written straight into appointment_list (the
# read model the views answer from), which is much faster than booking them one by one and does not change what
# the views do. Those rows are not in the technicians' calendar grains, so the booking phase books in 2028,
# away from them, and its clashes are with its own bookings.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
technicians=${BENCH_TECHNICIANS:-200}
customers=${BENCH_CUSTOMERS:-50}
appointments=${BENCH_APPOINTMENTS:-100000}
queries=${BENCH_QUERIES:-500}
clients=${BENCH_BOOK_CLIENTS:-32}
book_seconds=${BENCH_BOOK_SECONDS:-30}
# shellcheck source=bench/lib.sh
source "$repo_root/bench/lib.sh"
bench_start schedule
token=$(bench_token)

dotnet build bench/SecurityTrax.Bench.Schedule -c Release -nologo -v quiet >/dev/null
tool=bench/SecurityTrax.Bench.Schedule/bin/Release/net10.0/SecurityTrax.Bench.Schedule.dll

say "making $technicians technicians and $customers customers ..."
dotnet "$tool" "$url" "$token" setup "$technicians" "$customers" >&2

say "writing $appointments appointments over 2027 into the read model ..."
# Appointment g: technician g mod T, day (g div T) mod 364 from Monday 4 January 2027, at 16:00 or 20:00 UTC
# (9:00 or 13:00 in Denver in winter), 90 minutes; every 50th is cancelled, every 7th an install.
psql_super <<SQL >/dev/null
WITH techs AS (SELECT row_number() OVER (ORDER BY user_id) - 1 AS n, user_id FROM technician_list WHERE tenant_id = 'demo'),
     custs AS (SELECT row_number() OVER (ORDER BY customer_id) - 1 AS n, customer_id, display_name FROM customer_list
               WHERE tenant_id = 'demo' AND stage = 'customer'),
     counts AS (SELECT (SELECT count(*) FROM techs) AS t, (SELECT count(*) FROM custs) AS c)
INSERT INTO appointment_list (tenant_id, appointment_id, version, customer_id, customer_name, type, start_at, end_at,
                              arrival_window, technician_ids, status, created_at, updated_at)
SELECT 'demo', 1000000 + g, 1, custs.customer_id, custs.display_name,
       CASE WHEN g % 7 = 0 THEN 'install' ELSE 'service' END,
       timestamptz '2027-01-04 16:00Z' + ((g / counts.t) % 364) * interval '1 day' + ((g / (counts.t * 364)) % 2) * interval '4 hours',
       timestamptz '2027-01-04 17:30Z' + ((g / counts.t) % 364) * interval '1 day' + ((g / (counts.t * 364)) % 2) * interval '4 hours',
       false, ARRAY[techs.user_id], CASE WHEN g % 50 = 0 THEN 'cancelled' ELSE 'scheduled' END, now(), now()
FROM generate_series(0, $appointments - 1) AS g
CROSS JOIN counts
JOIN techs ON techs.n = g % counts.t
JOIN custs ON custs.n = g % counts.c;
VACUUM ANALYZE appointment_list;
SQL
say "read model holds $(psql_super -c "SELECT count(*) FROM appointment_list WHERE tenant_id = 'demo'") appointments; measuring ..."

token=$(bench_token)
dotnet "$tool" "$url" "$token" measure "$queries" "$clients" "$book_seconds"
