# shellcheck shell=bash
# Certificates of the cluster port (TLS between silos and from gateways to silos), made with openssl. Source it,
# then call certs_ensure DIR: creates, once, an installation authority (ca.pem, ca.key) and, issued by it, a silo
# certificate (silo.pem/silo.key: server and client use) and a gateway certificate (gateway.pem/gateway.key:
# client use). Existing files are kept, so a restart keeps its certificates; delete a pair to issue it again.
# openssl itself is installed with apt-get when it is missing and we are root (certs_ensure_openssl).

# shellcheck source=scripts/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

_certs_log() { printf '%s\n' "certs.sh: $*" >&2; }

# certs_ensure_openssl: openssl, installed with apt-get when it is missing and we are root (else a message how to).
certs_ensure_openssl() {
    command -v openssl >/dev/null 2>&1 && return 0
    apt_ensure certs.sh "openssl (it makes the cluster certificates)" openssl || return 1
    command -v openssl >/dev/null 2>&1 || { _certs_log "openssl was installed but is still not on PATH"; return 1; }
}

# _certs_issue DIR NAME SUBJECT USAGES
_certs_issue() {
    local dir=$1 name=$2 subject=$3 usages=$4
    [ -s "$dir/$name.pem" ] && [ -s "$dir/$name.key" ] && return 0
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/$name.key" 2>/dev/null || return 1
    chmod 600 "$dir/$name.key"
    openssl req -new -key "$dir/$name.key" -subj "/CN=$subject" -out "$dir/$name.csr" 2>/dev/null || return 1
    openssl x509 -req -in "$dir/$name.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -CAserial "$dir/ca.srl" \
        -days 825 -sha256 -out "$dir/$name.pem" \
        -extfile <(printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=%s\n' "$usages") \
        2>/dev/null || return 1
    rm -f "$dir/$name.csr"
}

certs_ensure() {
    local dir=$1
    certs_ensure_openssl || return 1
    (umask 077 && mkdir -p "$dir") || return 1
    if [ ! -s "$dir/ca.pem" ] || [ ! -s "$dir/ca.key" ]; then
        # A new authority: certificates of an old one would no longer be trusted, so issue them all again.
        rm -f "$dir"/silo.pem "$dir"/silo.key "$dir"/gateway.pem "$dir"/gateway.key
        openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/ca.key" 2>/dev/null || return 1
        chmod 600 "$dir/ca.key"
        openssl req -x509 -new -key "$dir/ca.key" -sha256 -days 3650 -subj "/CN=SecurityTrax installation authority" \
            -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
            -out "$dir/ca.pem" 2>/dev/null || return 1
    fi
    _certs_issue "$dir" silo securitytrax-silo serverAuth,clientAuth || return 1
    _certs_issue "$dir" gateway securitytrax-gateway clientAuth || return 1
}
