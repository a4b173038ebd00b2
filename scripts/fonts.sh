# shellcheck shell=bash
# Fonts the invoice PDFs are printed with (DejaVu Sans, Debian package fonts-dejavu-core).
# Source this file from bash; it defines functions only and changes no shell options.
#
#   fonts_ensure_dejavu    install fonts-dejavu-core with apt-get when DejaVu Sans is missing and we are root

FONTS_DEJAVU_DIR=/usr/share/fonts/truetype/dejavu

fonts_ensure_dejavu() {
    [ -f "$FONTS_DEJAVU_DIR/DejaVuSans.ttf" ] && [ -f "$FONTS_DEJAVU_DIR/DejaVuSans-Bold.ttf" ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        printf '%s\n' "fonts.sh: DejaVu Sans is missing from $FONTS_DEJAVU_DIR; install it first, e.g.: sudo apt-get install -y fonts-dejavu-core" >&2
        return 1
    fi
    printf '%s\n' "fonts.sh: installing fonts-dejavu-core with apt-get ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-dejavu-core >&2
}
