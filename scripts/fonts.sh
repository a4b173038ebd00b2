# shellcheck shell=bash
# Fonts the invoice PDFs are printed with (DejaVu Sans, Debian package fonts-dejavu-core).
# Source this file from bash; it defines functions only and changes no shell options.
#
#   fonts_ensure_dejavu    install fonts-dejavu-core with apt-get when DejaVu Sans is missing and we are root

# shellcheck source=scripts/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

FONTS_DEJAVU_DIR=/usr/share/fonts/truetype/dejavu

fonts_ensure_dejavu() {
    [ -f "$FONTS_DEJAVU_DIR/DejaVuSans.ttf" ] && [ -f "$FONTS_DEJAVU_DIR/DejaVuSans-Bold.ttf" ] && return 0
    apt_ensure fonts.sh "DejaVu Sans (in $FONTS_DEJAVU_DIR)" fonts-dejavu-core
}
