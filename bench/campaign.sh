#!/usr/bin/env bash
# Campaign throughput: one campaign to N recipients, delivered over SMTP to a local mail server,
# on the system as ./run.sh starts it (own PostgreSQL, default durability). Reports messages per
# second from starting the campaign to the last message handed to the mail server.
#
#   bench/campaign.sh                                       # 2,000 recipients, 3 rounds
#   BENCH_RECIPIENTS=5000 BENCH_ROUNDS=5 bench/campaign.sh
#   BENCH_SMTP_CONNECTIONS=16 bench/campaign.sh             # more pooled SMTP connections (default 4)
#
# The tenant's campaign rate limit is lifted for the run, so the figure is the sending machinery's.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
recipients=${BENCH_RECIPIENTS:-2000}
rounds=${BENCH_ROUNDS:-3}
# shellcheck source=bench/lib.sh
source "$repo_root/bench/lib.sh"
# shellcheck source=scripts/pg.sh
source "$repo_root/scripts/pg.sh"
smtp_port=$(pg_free_port) || exit 1

dotnet build bench/SecurityTrax.Bench.Campaign -c Release -nologo -v quiet >/dev/null
tool=bench/SecurityTrax.Bench.Campaign/bin/Release/net10.0/SecurityTrax.Bench.Campaign.dll

bench_start campaign \
    Messaging__Smtp__Host=127.0.0.1 Messaging__Smtp__Port="$smtp_port" Messaging__Smtp__Security=None \
    Messaging__Smtp__From=office@bench.test Messaging__Smtp__Connections="${BENCH_SMTP_CONNECTIONS:-4}" \
    Messaging__CampaignMessagesPerSecond=10000
say "loading $recipients recipients, then $rounds campaigns to all of them ..."
dotnet "$tool" "$url" "$(bench_token)" "$recipients" "$smtp_port" "$rounds"
