# shellcheck shell=bash
# Helpers for private, throw-away or long-lived PostgreSQL clusters.
# Source this file from bash; it defines functions only and changes no shell options.
#
#   pg_ensure_binaries                 find (or apt-get install) initdb/pg_ctl/psql; sets PG_BINDIR, PG_PSQL
#   pg_port_in_use PORT                true if something accepts TCP connections on 127.0.0.1:PORT
#   pg_free_port                       print a TCP port on 127.0.0.1 that nobody listens on
#   pg_prepare_dir DIR                 create DIR (mode 700) owned by the cluster user
#   pg_init_cluster DIR PORT [--fast] [-c name=value]...
#                                      initdb DIR (scram-sha-256, superuser "postgres" with a
#                                      generated password in DIR/superuser.password, mode 600)
#   pg_is_initialized DIR              true if DIR holds a cluster
#   pg_is_running DIR                  true if the cluster in DIR is running
#   pg_running_port DIR                print the port of the running cluster in DIR
#   pg_start DIR [PORT]                start (pg_ctl -w), log in DIR/postgresql.log
#   pg_stop DIR                        stop (pg_ctl -m fast -w) if running
#   pg_superuser_password DIR          print the superuser password
#   pg_psql DIR PORT [psql args]...    run psql as superuser over TCP (127.0.0.1) with PGPASSWORD
#   pg_random_password                 print a random 48-hex-digit password
#
# When run as root, the server programs run as the "postgres" system user (PostgreSQL
# refuses to run as root), so DIR must be somewhere that user can reach (not under /root).
# Otherwise they run as the current user.

PG_SUPERUSER=postgres
PG_OS_USER=postgres

_pg_log() { printf '%s\n' "pg.sh: $*" >&2; }

_pg_is_root() { [ "$(id -u)" -eq 0 ]; }

# Run a command as the user that owns the cluster files.
_pg_as_owner() {
    if _pg_is_root; then
        # cd / so the server programs do not complain about an unreadable working directory.
        (cd / && runuser -u "$PG_OS_USER" -- "$@")
    else
        "$@"
    fi
}

_pg_find_bindir() {
    local d best
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null || true)
        if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            printf '%s\n' "$d"
            return 0
        fi
    fi
    # Debian/Ubuntu layout /usr/lib/postgresql/<major>/bin; pick the highest major version.
    best=$(for d in /usr/lib/postgresql/*/bin; do
               if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
                   printf '%s %s\n' "$(basename "$(dirname "$d")")" "$d"
               fi
           done | sort -n -k1,1 | tail -n 1 | cut -d' ' -f2-)
    if [ -n "$best" ]; then
        printf '%s\n' "$best"
        return 0
    fi
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

_pg_install() {
    if ! _pg_is_root; then
        _pg_log "PostgreSQL server binaries (initdb, pg_ctl) were not found."
        _pg_log "Install them first, e.g.: sudo apt-get install -y postgresql"
        return 1
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        _pg_log "PostgreSQL server binaries were not found and apt-get is not available; install PostgreSQL (>= 15) manually."
        return 1
    fi
    _pg_log "installing PostgreSQL with apt-get ..."
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql postgresql-client >&2
}

pg_ensure_binaries() {
    local bindir
    if ! bindir=$(_pg_find_bindir); then
        _pg_install || return 1
        if ! bindir=$(_pg_find_bindir); then
            _pg_log "PostgreSQL was installed but initdb/pg_ctl still cannot be found."
            return 1
        fi
    fi
    PG_BINDIR=$bindir
    if [ -x "$PG_BINDIR/psql" ]; then
        PG_PSQL=$PG_BINDIR/psql
    elif command -v psql >/dev/null 2>&1; then
        PG_PSQL=$(command -v psql)
    else
        if _pg_is_root && command -v apt-get >/dev/null 2>&1; then
            _pg_log "installing postgresql-client with apt-get ..."
            DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-client >&2 || return 1
        fi
        if command -v psql >/dev/null 2>&1; then
            PG_PSQL=$(command -v psql)
        else
            _pg_log "psql was not found; install postgresql-client."
            return 1
        fi
    fi
    if _pg_is_root && ! id -u "$PG_OS_USER" >/dev/null 2>&1; then
        _pg_log "creating system user '$PG_OS_USER' to run PostgreSQL"
        useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER" || return 1
    fi
    export PG_BINDIR PG_PSQL
}

# True if something accepts connections on 127.0.0.1:PORT.
pg_port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        # Any listener bound to 127.0.0.1, 0.0.0.0 or the wildcard on this port.
        if ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
            return 0
        fi
        return 1
    fi
    # Fallback without ss: try to connect (refused immediately when nobody listens).
    if timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
        return 0
    fi
    return 1
}

# Print a free TCP port (range 20000-31999, below the usual Linux ephemeral range).
pg_free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 12000))
        if ! pg_port_in_use "$port"; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    _pg_log "could not find a free TCP port on 127.0.0.1"
    return 1
}

pg_random_password() {
    od -An -N24 -tx1 /dev/urandom | tr -d ' \n'
    printf '\n'
}

# Create DIR (and parents) and give it to the cluster user, mode 700.
pg_prepare_dir() {
    local dir=$1
    mkdir -p "$dir" || return 1
    if _pg_is_root; then
        chown "$PG_OS_USER:" "$dir" || return 1
    fi
    chmod 700 "$dir" || return 1
    if ! _pg_as_owner test -w "$dir" -a -x "$dir"; then
        _pg_log "the '$PG_OS_USER' user cannot reach $dir (a parent folder is not traversable?)."
        _pg_log "Put the PostgreSQL data folder somewhere that user can access, e.g. under /var/tmp or /tmp."
        return 1
    fi
}

pg_is_initialized() {
    [ -f "$1/PG_VERSION" ]
}

pg_is_running() {
    local dir=$1
    [ -f "$dir/postmaster.pid" ] || return 1
    _pg_as_owner "$PG_BINDIR/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

pg_running_port() {
    # Line 4 of postmaster.pid is the port.
    sed -n 4p "$1/postmaster.pid"
}

pg_superuser_password() {
    cat "$1/superuser.password"
}

# pg_init_cluster DIR PORT [--fast] [-c name=value]...
pg_init_cluster() {
    local dir=$1 port=$2
    shift 2 || { _pg_log "usage: pg_init_cluster DIR PORT [--fast] [-c name=value]..."; return 1; }
    local -a settings=()
    while [ $# -gt 0 ]; do
        case $1 in
            --fast)
                settings+=("fsync=off" "synchronous_commit=off" "full_page_writes=off")
                ;;
            -c)
                [ $# -ge 2 ] || { _pg_log "pg_init_cluster: -c needs name=value"; return 1; }
                settings+=("$2")
                shift
                ;;
            -c*)
                settings+=("${1#-c}")
                ;;
            *)
                _pg_log "pg_init_cluster: unknown option $1"
                return 1
                ;;
        esac
        shift
    done
    : "${PG_BINDIR:?call pg_ensure_binaries first}"

    if pg_is_initialized "$dir"; then
        _pg_log "$dir already holds a cluster"
        return 1
    fi
    pg_prepare_dir "$dir" || return 1

    local password pwfile rc=0
    password=$(pg_random_password)
    # In /tmp so that the postgres user can read it even when TMPDIR is private.
    pwfile=$(mktemp /tmp/pg-pw.XXXXXX) || return 1
    printf '%s\n' "$password" >"$pwfile"
    chmod 600 "$pwfile"
    if _pg_is_root; then
        chown "$PG_OS_USER:" "$pwfile"
    fi
    _pg_as_owner "$PG_BINDIR/initdb" \
        --pgdata="$dir" \
        --username="$PG_SUPERUSER" \
        --pwfile="$pwfile" \
        --auth-local=scram-sha-256 \
        --auth-host=scram-sha-256 \
        --encoding=UTF8 \
        --no-locale \
        --no-instructions >/dev/null || rc=$?
    rm -f "$pwfile"
    if [ "$rc" -ne 0 ]; then
        _pg_log "initdb failed for $dir"
        return "$rc"
    fi

    # Superuser password, readable by the owner only.
    (umask 077 && printf '%s\n' "$password" >"$dir/superuser.password") || return 1
    if _pg_is_root; then
        chown "$PG_OS_USER:" "$dir/superuser.password"
    fi
    chmod 600 "$dir/superuser.password"

    # Private server: TCP on loopback only, unix socket inside the data folder.
    local escaped_dir=${dir//\'/\'\'}
    {
        printf '\n# --- added by pg.sh ---\n'
        printf "listen_addresses = '127.0.0.1'\n"
        printf 'port = %s\n' "$port"
        printf "unix_socket_directories = '%s'\n" "$escaped_dir"
        local s
        for s in "${settings[@]}"; do
            printf '%s = %s\n' "${s%%=*}" "'${s#*=}'"
        done
    } >>"$dir/postgresql.conf"
}

# pg_start DIR [PORT]
pg_start() {
    local dir=$1 port=${2:-}
    : "${PG_BINDIR:?call pg_ensure_binaries first}"
    local -a opts=()
    if [ -n "$port" ]; then
        case $port in
            *[!0-9]*) _pg_log "pg_start: bad port '$port'"; return 1 ;;
        esac
        opts=(-o "-p $port")
    fi
    if ! _pg_as_owner "$PG_BINDIR/pg_ctl" -D "$dir" -l "$dir/postgresql.log" -w -t 90 "${opts[@]}" start >/dev/null; then
        _pg_log "PostgreSQL failed to start; last lines of $dir/postgresql.log:"
        tail -n 20 "$dir/postgresql.log" >&2 2>/dev/null || true
        return 1
    fi
}

pg_stop() {
    local dir=$1
    : "${PG_BINDIR:?call pg_ensure_binaries first}"
    if pg_is_running "$dir"; then
        _pg_as_owner "$PG_BINDIR/pg_ctl" -D "$dir" -m fast -w -t 60 stop >/dev/null
    fi
}

# pg_psql DIR PORT [psql args]...   (connects to database "postgres" unless -d is given)
pg_psql() {
    local dir=$1 port=$2
    shift 2
    : "${PG_PSQL:?call pg_ensure_binaries first}"
    PGPASSWORD=$(pg_superuser_password "$dir") PGCONNECT_TIMEOUT=10 \
        "$PG_PSQL" -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -d postgres "$@"
}
