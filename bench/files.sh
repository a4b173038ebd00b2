#!/usr/bin/env bash
# File upload throughput: BENCH_FILES files of BENCH_FILE_MB MB uploaded by BENCH_CLIENTS parallel clients through the
# gateway into the default (PostgreSQL, chunked) file store, next to `cp` of the same bytes on the same disk, with the
# gateway's and the silo's resident memory before and at peak (VmHWM). Runs the system as ./run.sh starts it.
#
#   bench/files.sh                                                # 200 files of 20 MB, 8 clients
#   BENCH_FILES=50 BENCH_FILE_MB=100 BENCH_CLIENTS=4 bench/files.sh
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
files=${BENCH_FILES:-200}
megabytes=${BENCH_FILE_MB:-20}
clients=${BENCH_CLIENTS:-8}
# shellcheck source=bench/lib.sh
source "$repo_root/bench/lib.sh"

rss_kb() { awk -v key="$2" '$1 == key":" { print $2 }' "/proc/$1/status"; }

# The first process under ./run.sh (walking its children breadth first) whose command line matches $2. run.sh
# starts the silo and the gateway each in a session of their own, so a session lookup does not find them.
process_under() {
    local queue=("$1") pid child
    while [ "${#queue[@]}" -gt 0 ]; do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        for child in $(pgrep -P "$pid"); do
            if tr '\0' ' ' <"/proc/$child/cmdline" 2>/dev/null | grep -q "$2"; then
                echo "$child"
                return 0
            fi
            queue+=("$child")
        done
    done
}

bench_start files
gateway_pid=$(process_under "$bench_run_pid" 'SecurityTrax\.Gateway\.dll')
silo_pid=$(process_under "$bench_run_pid" 'SecurityTrax\.Silo\.dll')
[ -n "$gateway_pid" ] && [ -n "$silo_pid" ] || { say "gateway or silo process not found"; exit 1; }
token=$(bench_token)

# The company's limits are raised to fit the run; the per-file limit stays what a company could choose.
etag=$(curl -sfi "$url/api/v1/settings/files" -H "authorization: Bearer $token" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
curl -sf -X PUT "$url/api/v1/settings/files" -H "authorization: Bearer $token" -H "if-match: $etag" -H 'content-type: application/json' \
    -d "{\"maxFileBytes\":$(((megabytes + 1) * 1048576)),\"quotaBytes\":$((files * (megabytes + 1) * 1048576)),\"keepImageLocation\":false}" >/dev/null
customer=$(curl -sf "$url/api/v1/customers" -H "authorization: Bearer $token" -H 'content-type: application/json' \
    -d '{"stage":"customer","firstName":"Bench","lastName":"Files"}' | sed -E 's/.*"id":([0-9]+).*/\1/')

sample="$data_dir/sample.bin"
head -c $((megabytes * 1048576)) /dev/urandom >"$sample"
total_mb=$((files * megabytes))

say "cp: $files copies of $megabytes MB on the same disk ..."
mkdir -p "$data_dir/copies"
cp_start=$(date +%s.%N)
for n in $(seq 1 "$files"); do cp "$sample" "$data_dir/copies/$n.bin"; done
sync
cp_seconds=$(echo "$(date +%s.%N) - $cp_start" | bc)
rm -rf "$data_dir/copies"

gateway_idle=$(rss_kb "$gateway_pid" VmRSS)
silo_idle=$(rss_kb "$silo_pid" VmRSS)
say "uploading $files files of $megabytes MB from $clients clients ..."
up_start=$(date +%s.%N)
seq 1 "$files" | xargs -P "$clients" -I{} curl -sf -o /dev/null -w '%{http_code}\n' \
    -H "authorization: Bearer $token" -F "files=@$sample;filename=bench-{}.bin" "$url/api/v1/customers/$customer/files" \
    >"$data_dir/statuses.txt"
up_seconds=$(echo "$(date +%s.%N) - $up_start" | bc)
created=$(grep -c '^201$' "$data_dir/statuses.txt" || true)

printf '\nfiles: %d × %d MB from %d clients, %d answered 201\n' "$files" "$megabytes" "$clients" "$created"
printf 'upload through the gateway: %.1f s, %.1f MB/s\n' "$up_seconds" "$(echo "$total_mb / $up_seconds" | bc -l)"
printf 'cp on the same disk:        %.1f s, %.1f MB/s\n' "$cp_seconds" "$(echo "$total_mb / $cp_seconds" | bc -l)"
printf 'gateway RSS: idle %d MB, peak %d MB\n' $((gateway_idle / 1024)) $(($(rss_kb "$gateway_pid" VmHWM) / 1024))
printf 'silo RSS:    idle %d MB, peak %d MB\n' $((silo_idle / 1024)) $(($(rss_kb "$silo_pid" VmHWM) / 1024))
