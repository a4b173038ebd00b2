# shellcheck shell=bash
# Certificates of the cluster port (TLS between silos and from gateways to silos), made with openssl. Source it, then:
#
#   certs_ensure DIR             creates, once, an installation authority (ca.pem, ca.key) and, issued by it, a silo
#                                certificate (silo.pem/silo.key) and a gateway certificate (gateway.pem/gateway.key).
#                                Existing files are kept, so a restart keeps its certificates; a certificate without a
#                                role (made before roles existed) is issued again; delete a pair to issue it again.
#   certs_issue DIR ROLE NAME    issues one more certificate of ROLE (silo or gateway) from the authority in DIR, as
#                                NAME.pem/NAME.key, to replace a revoked one or for another process; prints its
#                                fingerprint. Refuses to overwrite NAME.
#   certs_fingerprint FILE       prints the SHA-256 fingerprint of a certificate, as Cluster:RevokedCertificates takes it.
#
# A certificate's role is its URI name spiffe://securitytrax/silo or spiffe://securitytrax/gateway, with the key usages
# the role needs (a silo listens and connects: server and client use; a gateway only connects: client use).
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

# _certs_usages ROLE: the extended key usages of ROLE.
_certs_usages() {
    case $1 in
        silo) printf '%s\n' serverAuth,clientAuth ;;
        gateway) printf '%s\n' clientAuth ;;
        *) _certs_log "unknown role '$1' (silo or gateway)"; return 1 ;;
    esac
}

# _certs_has_role FILE ROLE: true when the certificate in FILE names ROLE.
_certs_has_role() {
    openssl x509 -in "$1" -noout -ext subjectAltName 2>/dev/null | grep -q "URI:spiffe://securitytrax/$2\$"
}

# _certs_issue DIR NAME ROLE
_certs_issue() {
    local dir=$1 name=$2 role=$3 usages
    usages=$(_certs_usages "$role") || return 1
    [ -s "$dir/$name.pem" ] && [ -s "$dir/$name.key" ] && return 0
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/$name.key" 2>/dev/null || return 1
    chmod 600 "$dir/$name.key"
    openssl req -new -key "$dir/$name.key" -subj "/CN=securitytrax-$name" -out "$dir/$name.csr" 2>/dev/null || return 1
    openssl x509 -req -in "$dir/$name.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -CAserial "$dir/ca.srl" \
        -days 825 -sha256 -out "$dir/$name.pem" \
        -extfile <(printf '%s\n' 'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature' \
            "extendedKeyUsage=$usages" "subjectAltName=URI:spiffe://securitytrax/$role") \
        2>/dev/null || return 1
    rm -f "$dir/$name.csr"
}

certs_fingerprint() {
    openssl x509 -in "$1" -noout -fingerprint -sha256 | sed 's/^[^=]*=//'
}

certs_ensure() {
    local dir=$1 role
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
    for role in silo gateway; do
        if [ -s "$dir/$role.pem" ] && ! _certs_has_role "$dir/$role.pem" "$role"; then
            _certs_log "$dir/$role.pem has no $role role; issuing it again"
            rm -f "$dir/$role.pem" "$dir/$role.key"
        fi
        _certs_issue "$dir" "$role" "$role" || return 1
    done
}

certs_issue() {
    local dir=$1 role=$2 name=$3
    [ -s "$dir/ca.pem" ] && [ -s "$dir/ca.key" ] || { _certs_log "no authority (ca.pem, ca.key) in $dir"; return 1; }
    case $name in
        '' | */* | .*) _certs_log "name a certificate with a plain file name, not '$name'"; return 1 ;;
    esac
    if [ -e "$dir/$name.pem" ] || [ -e "$dir/$name.key" ]; then
        _certs_log "$dir/$name.pem or .key exists; choose another name"
        return 1
    fi
    _certs_issue "$dir" "$name" "$role" || return 1
    certs_fingerprint "$dir/$name.pem"
}
