# shellcheck shell=bash
# Installing a missing prerequisite with apt-get, the one way the scripts do it.
# Source this file from bash; it defines functions only and changes no shell options.
#
#   apt_ensure WHO WHAT PACKAGE...    install PACKAGE... with apt-get when we are root and apt-get is there;
#                                     otherwise say (as WHO) that WHAT is missing and how to install it, and fail

apt_ensure() {
    local who=$1 what=$2
    shift 2
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        printf '%s\n' "$who: $what is missing; install it first, e.g.: sudo apt-get install -y $*" >&2
        return 1
    fi
    printf '%s\n' "$who: installing $* with apt-get ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2
}
