# shellcheck shell=bash
# The browser the console's end-to-end tests drive (Debian package chromium).
# Source this file from bash; it defines functions only and changes no shell options.
#
#   chromium_ensure    install chromium with apt-get when /usr/bin/chromium is missing and we are root

# shellcheck source=scripts/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

CHROMIUM_BIN=/usr/bin/chromium

chromium_ensure() {
    [ -x "$CHROMIUM_BIN" ] && return 0
    apt_ensure chromium.sh "$CHROMIUM_BIN" chromium
}
