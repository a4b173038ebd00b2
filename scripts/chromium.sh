# shellcheck shell=bash
# The browser the console's end-to-end tests drive (Debian package chromium).
# Source this file from bash; it defines functions only and changes no shell options.
#
#   chromium_ensure    install chromium with apt-get when /usr/bin/chromium is missing and we are root

CHROMIUM_BIN=/usr/bin/chromium

chromium_ensure() {
    [ -x "$CHROMIUM_BIN" ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        printf '%s\n' "chromium.sh: $CHROMIUM_BIN is missing; install it first, e.g.: sudo apt-get install -y chromium" >&2
        return 1
    fi
    printf '%s\n' "chromium.sh: installing chromium with apt-get ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2
}
