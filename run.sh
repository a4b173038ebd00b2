#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions reached only through traps look unreachable
# Runs SecurityTrax (one silo + the HTTP gateway) in the foreground. Ctrl-C stops everything.
#
# Database:
#   * If ConnectionStrings__Owner is NOT set, a private PostgreSQL cluster is used (created on
#     first run, reused afterwards): data in $SECURITYTRAX_DATA_DIR/pgdata, port
#     $SECURITYTRAX_PG_PORT, roles securitytrax_owner / securitytrax_app with generated
#     passwords kept in $SECURITYTRAX_DATA_DIR/credentials.env (mode 600), database
#     securitytrax owned by securitytrax_owner. PostgreSQL is installed with apt-get when it
#     is missing and we are root.
#   * If ConnectionStrings__Owner IS set, it is used as is (ConnectionStrings__Runtime is then
#     required too) and no PostgreSQL is started.
# Gateway signing key: unless Auth__SigningKey is set, a generated one is kept in
# $SECURITYTRAX_DATA_DIR/credentials.env and exported as Auth__SigningKey.
# Cluster: unless Cluster__ClusterId is set, a generated cluster id is kept there too; the silo
# and its client gateway listen on free loopback ports unless Cluster__SiloPort /
# Cluster__GatewayPort are set. Unless Cluster__Tls__Authority is set, the cluster port's
# certificates (a silo and a gateway one, each with its role) are made once in
# $SECURITYTRAX_DATA_DIR/certs with openssl, which is installed with apt-get when it is missing and we
# are root; Cluster__RevokedCertificates passes through to both.
#
# Environment (all optional):
#   SECURITYTRAX_DATA_DIR         state folder (default /var/tmp/securitytrax): pgdata/, logs/,
#                                 credentials.env (generated secrets, mode 600)
#   SECURITYTRAX_PG_PORT          port of the private PostgreSQL (default 55432, 127.0.0.1 only)
#   SECURITYTRAX_URL              gateway URL (default http://127.0.0.1:5080)
#   SECURITYTRAX_NO_BUILD=1       skip `dotnet build` (use existing Release binaries)
#   SECURITYTRAX_SILO_TIMEOUT     seconds to wait for the silo (default 90)
#   SECURITYTRAX_GATEWAY_TIMEOUT  seconds to wait for the gateway (default 60)
# Any other ASP.NET-style variable (Cluster__Membership, Bootstrap__AdminPassword, ...) is
# passed through to the programs untouched.

set -uo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd) || exit 1
cd "$repo_root" || exit 1

# shellcheck source=scripts/pg.sh
source "$repo_root/scripts/pg.sh"
# shellcheck source=scripts/fonts.sh
source "$repo_root/scripts/fonts.sh"
# shellcheck source=scripts/certs.sh
source "$repo_root/scripts/certs.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

data_dir=${SECURITYTRAX_DATA_DIR:-/var/tmp/securitytrax}
pg_port=${SECURITYTRAX_PG_PORT:-55432}
url=${SECURITYTRAX_URL:-http://127.0.0.1:5080}
silo_timeout=${SECURITYTRAX_SILO_TIMEOUT:-90}
gateway_timeout=${SECURITYTRAX_GATEWAY_TIMEOUT:-60}

silo_dir=$repo_root/src/Silo/bin/Release/net10.0
gateway_dir=$repo_root/src/Gateway/bin/Release/net10.0
log_dir=$data_dir/logs
silo_log=$log_dir/silo.log
gateway_log=$log_dir/gateway.log
pg_data=$data_dir/pgdata
credentials_file=$data_dir/credentials.env

silo_pid=""
gateway_pid=""
silo_tail_pid=""
gateway_tail_pid=""
started_pg=0

say() { printf '%s\n' "run.sh: $*" >&2; }
die() {
    say "ERROR: $*"
    exit 1
}

# stop_pid PID NAME TIMEOUT_SECONDS: SIGTERM, wait, SIGKILL if it is still running.
stop_pid() {
    local pid=$1 name=$2 timeout=$3 i
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
    say "stopping $name (pid $pid) ..."
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < timeout * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "$name did not stop within ${timeout}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    # Finish the shutdown in order even if Ctrl-C is pressed again.
    trap '' INT TERM HUP
    if [ -n "$gateway_pid" ]; then
        stop_pid "$gateway_pid" gateway 30
        gateway_pid=""
    fi
    if [ -n "$silo_pid" ]; then
        stop_pid "$silo_pid" silo 60
        silo_pid=""
    fi
    # Let the log followers print the last lines, then stop them.
    if [ -n "$silo_tail_pid$gateway_tail_pid" ]; then
        sleep 0.5
        # shellcheck disable=SC2086
        kill $silo_tail_pid $gateway_tail_pid 2>/dev/null || true
        # shellcheck disable=SC2086
        wait $silo_tail_pid $gateway_tail_pid 2>/dev/null || true
        silo_tail_pid="" gateway_tail_pid=""
    fi
    if [ "$started_pg" -eq 1 ]; then
        say "stopping PostgreSQL ..."
        pg_stop "$pg_data" || say "could not stop PostgreSQL in $pg_data"
        started_pg=0
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Print the HTTP status code of a GET (000 when there is no answer).
http_status() {
    local target=$1
    if command -v curl >/dev/null 2>&1; then
        curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$target" 2>/dev/null || true
        return 0
    fi
    # Minimal fallback for plain http:// without curl.
    local rest=${target#http://} hostport path host port
    if [ "$rest" = "$target" ]; then
        printf '000'
        return 0
    fi
    hostport=${rest%%/*}
    path=/${rest#*/}
    [ "$hostport" = "$rest" ] && path=/
    host=${hostport%:*}
    port=${hostport##*:}
    [ "$host" = "$hostport" ] && port=80
    # shellcheck disable=SC2016  # the inner script expands its own positional parameters
    timeout 3 bash -c '
        exec 3<>"/dev/tcp/$1/$2" || exit 1
        printf "GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n" "$3" "$1" >&3
        read -r _ code _ <&3 && printf "%s" "$code"
    ' _ "$host" "$port" "$path" 2>/dev/null || printf '000'
}

# follow LOGFILE OFFSET PREFIX: show the log on the terminal (lines prefixed with [PREFIX])
# from byte OFFSET on. Sets follow_pid. Exits by itself if this script dies.
follow() {
    local file=$1 offset=$2 prefix=$3
    # Both ignore SIGINT so that Ctrl-C does not cut off the shutdown messages.
    (trap "" INT && exec tail -c +"$((offset + 1))" -f --pid=$$ "$file" 2>/dev/null) \
        > >(trap "" INT && exec sed -u "s/^/[$prefix] /") &
    follow_pid=$!
}

file_size() { stat -c %s "$1" 2>/dev/null || echo 0; }

# credential NAME: print the value stored in credentials.env (empty if absent).
credential() {
    [ -f "$credentials_file" ] || return 0
    sed -n "s/^$1=//p" "$credentials_file" | tail -n 1
}

# ensure_credential NAME GENERATOR...: store a generated value in credentials.env (mode 600)
# unless one is there already. Values survive restarts.
ensure_credential() {
    local name=$1 value
    shift
    [ -n "$(credential "$name")" ] && return 0
    value=$("$@") || die "could not generate $name"
    [ -n "$value" ] || die "could not generate $name"
    (
        umask 077
        [ -s "$credentials_file" ] ||
            printf "# Secrets generated by run.sh; keep this file private.\n" >"$credentials_file"
        printf "%s=%s\n" "$name" "$value" >>"$credentials_file"
    ) || die "cannot write $credentials_file"
    chmod 600 "$credentials_file"
}

random_signing_key() {
    head -c 32 /dev/urandom | base64 -w 0
}

random_cluster_id() {
    printf 'securitytrax-%s\n' "$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
}

# free_port VAR: a free loopback port that this run has not handed out yet (nor PostgreSQL's), into
# VAR (no subshell, so that used_ports keeps what was handed out).
used_ports=""
free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$(pg_free_port) || return 1
        if [ "$p" != "$pg_port" ] && [[ "$used_ports " != *" $p "* ]]; then
            used_ports+=" $p"
            printf -v "$1" '%s' "$p"
            return 0
        fi
    done
    return 1
}

# --- prerequisites -------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 ||
    die "'dotnet' was not found on PATH. Install the .NET 10 SDK (https://dot.net) and retry."
fonts_ensure_dejavu || die "the DejaVu Sans fonts (for invoice PDFs) are not available"
if [ -z "${Cluster__Tls__Authority:-}" ]; then
    certs_ensure_openssl || die "openssl (for the cluster certificates) is not available"
fi

case $silo_timeout$gateway_timeout in
    *[!0-9]*) die "SECURITYTRAX_SILO_TIMEOUT / SECURITYTRAX_GATEWAY_TIMEOUT must be whole seconds" ;;
esac

# Validate the database settings before touching anything.
if [ -z "${ConnectionStrings__Owner:-}" ]; then
    [ -z "${ConnectionStrings__Runtime:-}" ] ||
        die "ConnectionStrings__Runtime is set but ConnectionStrings__Owner is not; set both (external database) or neither (private database)."
    case $pg_port in
        '' | *[!0-9]*) die "SECURITYTRAX_PG_PORT must be a port number" ;;
    esac
else
    [ -n "${ConnectionStrings__Runtime:-}" ] ||
        die "ConnectionStrings__Owner is set, so ConnectionStrings__Runtime must be set too."
fi

if [ ! -d "$data_dir" ]; then
    # 711: the postgres user must be able to traverse it to reach pgdata/.
    { mkdir -p "$data_dir" && chmod 711 "$data_dir"; } || die "cannot create $data_dir"
fi
{ mkdir -p "$log_dir" && chmod 700 "$log_dir"; } || die "cannot create $log_dir"
{ touch "$silo_log" "$gateway_log" && chmod 600 "$silo_log" "$gateway_log"; } ||
    die "cannot write to $log_dir"

# --- database ------------------------------------------------------------------------
if [ -z "${ConnectionStrings__Owner:-}" ]; then
    pg_ensure_binaries || die "PostgreSQL is not available"

    if pg_is_initialized "$pg_data" && pg_is_running "$pg_data"; then
        # e.g. left over by a run.sh that was killed with SIGKILL.
        pg_port=$(pg_running_port "$pg_data")
        say "PostgreSQL in $pg_data is already running on port $pg_port; using it (it will be left running)."
    else
        if pg_port_in_use "$pg_port"; then
            die "port $pg_port on 127.0.0.1 is already in use; set SECURITYTRAX_PG_PORT to a free port."
        fi
        if ! pg_is_initialized "$pg_data"; then
            if [ -d "$pg_data" ] && [ -n "$(ls -A "$pg_data" 2>/dev/null)" ]; then
                die "$pg_data exists but holds no PostgreSQL cluster; move it away or remove it."
            fi
            say "creating private PostgreSQL cluster in $pg_data ..."
            pg_init_cluster "$pg_data" "$pg_port" || die "could not create the PostgreSQL cluster"
        fi
        say "starting PostgreSQL on 127.0.0.1:$pg_port ..."
        pg_start "$pg_data" "$pg_port" || die "PostgreSQL did not start (log: $pg_data/postgresql.log)"
        started_pg=1
    fi
    [ -f "$pg_data/superuser.password" ] ||
        die "$pg_data/superuser.password is missing; cannot administer the private cluster."

    ensure_credential SECURITYTRAX_OWNER_PASSWORD pg_random_password
    ensure_credential SECURITYTRAX_APP_PASSWORD pg_random_password
    owner_password=$(credential SECURITYTRAX_OWNER_PASSWORD)
    app_password=$(credential SECURITYTRAX_APP_PASSWORD)
    for pw in "$owner_password" "$app_password"; do
        [[ $pw =~ ^[A-Za-z0-9._-]+$ ]] ||
            die "$credentials_file must define SECURITYTRAX_OWNER_PASSWORD and SECURITYTRAX_APP_PASSWORD (letters, digits, . _ - only)"
    done

    # Idempotent: creates what is missing and (re)sets the passwords from credentials.env.
    pg_psql "$pg_data" "$pg_port" <<SQL || die "could not create the SecurityTrax roles/database"
\\set owner_pw '$owner_password'
\\set app_pw '$app_password'
SELECT 'CREATE ROLE securitytrax_owner LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'securitytrax_owner')
\\gexec
SELECT 'CREATE ROLE securitytrax_app LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'securitytrax_app')
\\gexec
ALTER ROLE securitytrax_owner WITH LOGIN PASSWORD :'owner_pw';
ALTER ROLE securitytrax_app WITH LOGIN PASSWORD :'app_pw';
SELECT 'CREATE DATABASE securitytrax OWNER securitytrax_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'securitytrax')
\\gexec
ALTER DATABASE securitytrax OWNER TO securitytrax_owner;
GRANT CONNECT ON DATABASE securitytrax TO securitytrax_app;
SQL

    export ConnectionStrings__Owner="Host=127.0.0.1;Port=$pg_port;Database=securitytrax;Username=securitytrax_owner;Password=$owner_password"
    export ConnectionStrings__Runtime="Host=127.0.0.1;Port=$pg_port;Database=securitytrax;Username=securitytrax_app;Password=$app_password"
    say "private PostgreSQL ready on 127.0.0.1:$pg_port (database securitytrax)"
else
    say "using the database from ConnectionStrings__Owner / ConnectionStrings__Runtime (no private PostgreSQL)"
fi

# --- gateway token signing key --------------------------------------------------------
# Required by the gateway (Auth:SigningKey). Kept in credentials.env so that issued tokens
# stay valid across restarts.
if [ -z "${Auth__SigningKey:-}" ]; then
    ensure_credential SECURITYTRAX_SIGNING_KEY random_signing_key
    Auth__SigningKey=$(credential SECURITYTRAX_SIGNING_KEY)
    export Auth__SigningKey
fi

# Key that encrypts confidential customer fields at rest (silo). Losing it makes them unreadable.
if [ -z "${Encryption__Key:-}" ]; then
    ensure_credential SECURITYTRAX_ENCRYPTION_KEY random_signing_key
    Encryption__Key=$(credential SECURITYTRAX_ENCRYPTION_KEY)
    export Encryption__Key
fi

# Operator key for the platform endpoints (creating tenants), kept like the signing key.
if [ -z "${Platform__OperatorKey:-}" ]; then
    ensure_credential SECURITYTRAX_OPERATOR_KEY random_signing_key
    Platform__OperatorKey=$(credential SECURITYTRAX_OPERATOR_KEY)
    export Platform__OperatorKey
fi

# --- cluster ---------------------------------------------------------------------------
# This installation's own cluster id, generated with its data and kept: another installation on the
# same machine never shares it, so its silos and gateways cannot join ours (docs/decisions.md).
if [ -z "${Cluster__ClusterId:-}" ]; then
    ensure_credential SECURITYTRAX_CLUSTER_ID random_cluster_id
    Cluster__ClusterId=$(credential SECURITYTRAX_CLUSTER_ID)
    export Cluster__ClusterId
fi

# Free loopback ports for the silo and its client gateway, unless given: two systems on one machine
# never meet on the defaults (a silo refuses to start on a port that is taken).
used_ports=" ${Cluster__SiloPort:-} ${Cluster__GatewayPort:-}"
if [ -z "${Cluster__SiloPort:-}" ]; then
    free_port Cluster__SiloPort || die "no free port for the silo"
    export Cluster__SiloPort
fi
if [ -z "${Cluster__GatewayPort:-}" ]; then
    free_port Cluster__GatewayPort || die "no free port for the silo's client gateway"
    export Cluster__GatewayPort
fi
[ "$Cluster__SiloPort" != "$Cluster__GatewayPort" ] || die "Cluster__SiloPort and Cluster__GatewayPort must differ"

# TLS on the cluster port: unless Cluster__Tls__* is given, an authority of this installation and a silo and a
# gateway certificate issued by it are made once and kept in certs/ (the silos accept no other client).
cert_dir=$data_dir/certs
silo_tls=()
gateway_tls=()
if [ -z "${Cluster__Tls__Authority:-}" ]; then
    certs_ensure "$cert_dir" || die "could not make the cluster certificates in $cert_dir"
    silo_tls=(Cluster__Tls__Certificate="$cert_dir/silo.pem" Cluster__Tls__Key="$cert_dir/silo.key" Cluster__Tls__Authority="$cert_dir/ca.pem")
    gateway_tls=(Cluster__Tls__Certificate="$cert_dir/gateway.pem" Cluster__Tls__Key="$cert_dir/gateway.key" Cluster__Tls__Authority="$cert_dir/ca.pem")
fi

# The settings of this run, for starting more silos or gateways by hand (README: two silos).
(
    umask 077
    printf 'ConnectionStrings__Owner=%q\nConnectionStrings__Runtime=%q\nAuth__SigningKey=%q\nPlatform__OperatorKey=%q\nEncryption__Key=%q\nCluster__ClusterId=%q\n' \
        "$ConnectionStrings__Owner" "$ConnectionStrings__Runtime" "$Auth__SigningKey" "$Platform__OperatorKey" "$Encryption__Key" \
        "$Cluster__ClusterId" >"$data_dir/run.env"
    # Another silo of this installation presents the silo certificate too.
    [ ${#silo_tls[@]} -eq 0 ] || printf '%q\n' "${silo_tls[@]}" >>"$data_dir/run.env"
    [ -z "${Cluster__RevokedCertificates:-}" ] || printf 'Cluster__RevokedCertificates=%q\n' "$Cluster__RevokedCertificates" >>"$data_dir/run.env"
) || die "cannot write $data_dir/run.env"

# --- build ---------------------------------------------------------------------------
if [ "${SECURITYTRAX_NO_BUILD:-0}" != 1 ]; then
    say "building (Release) ..."
    dotnet build SecurityTrax.sln -c Release -nologo -v quiet </dev/null || die "build failed"
fi
[ -f "$silo_dir/SecurityTrax.Silo.dll" ] || die "$silo_dir/SecurityTrax.Silo.dll not found (build first)"
[ -f "$gateway_dir/SecurityTrax.Gateway.dll" ] || die "$gateway_dir/SecurityTrax.Gateway.dll not found (build first)"

# --- silo ----------------------------------------------------------------------------
printf '\n===== %s run.sh: silo starting =====\n' "$(date '+%Y-%m-%d %H:%M:%S')" >>"$silo_log"
silo_offset=$(file_size "$silo_log")
say "starting silo (log: $silo_log) ..."
# Working directory = output folder, like the container image (appsettings*.json live there).
# setsid: a Ctrl-C in the terminal reaches only this script, which then stops the programs
# in order (gateway first, then silo).
(cd "$silo_dir" && exec setsid env "${silo_tls[@]}" dotnet SecurityTrax.Silo.dll) >>"$silo_log" 2>&1 </dev/null &
silo_pid=$!
follow "$silo_log" "$silo_offset" silo
silo_tail_pid=$follow_pid

ready=0
for ((i = 0; i < silo_timeout * 2; i++)); do
    if tail -c +"$((silo_offset + 1))" "$silo_log" | grep -qF 'SecurityTrax silo started'; then
        ready=1
        break
    fi
    if ! kill -0 "$silo_pid" 2>/dev/null; then
        wait "$silo_pid"
        code=$?
        silo_pid=""
        die "the silo exited during startup (exit code $code); see $silo_log"
    fi
    sleep 0.5
done
[ "$ready" -eq 1 ] || die "the silo did not report 'SecurityTrax silo started' within ${silo_timeout}s; see $silo_log"
say "silo is ready"

# --- gateway -------------------------------------------------------------------------
printf '\n===== %s run.sh: gateway starting =====\n' "$(date '+%Y-%m-%d %H:%M:%S')" >>"$gateway_log"
gateway_offset=$(file_size "$gateway_log")
say "starting gateway on $url (log: $gateway_log) ..."
# The gateway needs no owner (DDL) credentials.
(cd "$gateway_dir" && exec setsid env -u ConnectionStrings__Owner -u Encryption__Key "${gateway_tls[@]}" dotnet SecurityTrax.Gateway.dll --urls "$url") \
    >>"$gateway_log" 2>&1 </dev/null &
gateway_pid=$!
follow "$gateway_log" "$gateway_offset" gateway
gateway_tail_pid=$follow_pid

# First URL of the list; wildcard hosts are reached through the loopback address.
base_url=${url%%;*}
base_url=${base_url%/}
base_url=$(printf '%s' "$base_url" | sed -E 's#://(0\.0\.0\.0|\*|\+|\[::\])(:|/|$)#://127.0.0.1\2#')

ready=0
for ((i = 0; i < gateway_timeout * 2; i++)); do
    if [ "$(http_status "$base_url/healthz")" = 200 ]; then
        ready=1
        break
    fi
    if ! kill -0 "$gateway_pid" 2>/dev/null; then
        wait "$gateway_pid"
        code=$?
        gateway_pid=""
        die "the gateway exited during startup (exit code $code); see $gateway_log"
    fi
    sleep 0.5
done
[ "$ready" -eq 1 ] || die "$base_url/healthz did not answer 200 within ${gateway_timeout}s; see $gateway_log"

# The silo prints a generated admin password once, on the first start of an empty database.
first_start=$(tail -c +"$((silo_offset + 1))" "$silo_log" | grep -m1 -o "First start: tenant .*" | sed 's/^First start: //')
if [ -n "$first_start" ]; then
    sign_in_line="   Sign in with:   $first_start (shown once: keep it)"
else
    sign_in_line="   Sign in with:   the admin password printed on the first start (silo.log)"
fi

pg_line=""
if [ "$started_pg" -eq 1 ]; then
    pg_line="   PostgreSQL:     127.0.0.1:$pg_port (data in $pg_data)
"
fi

cat >&2 <<EOF

=====================================================================
 SecurityTrax is running
   Console:        $base_url/
${sign_in_line}
   API reference:  $base_url/scalar
   API:            $base_url/api/v1
   Health:         $base_url/healthz
   Logs:           $log_dir (silo.log, gateway.log)
   Operator key:   $Platform__OperatorKey (header X-Operator-Key)
   Cluster:        $Cluster__ClusterId (silo port $Cluster__SiloPort, client gateway port $Cluster__GatewayPort)
   Settings:       $data_dir/run.env
${pg_line} Press Ctrl-C to stop.
=====================================================================

EOF

# Stay in the foreground until Ctrl-C or until one of the programs exits on its own.
wait -n "$silo_pid" "$gateway_pid"
code=$?
if ! kill -0 "$silo_pid" 2>/dev/null; then
    wait "$silo_pid" 2>/dev/null
    silo_pid=""
    say "the silo exited unexpectedly (exit code $code); shutting down"
elif ! kill -0 "$gateway_pid" 2>/dev/null; then
    wait "$gateway_pid" 2>/dev/null
    gateway_pid=""
    say "the gateway exited unexpectedly (exit code $code); shutting down"
fi
exit 1
