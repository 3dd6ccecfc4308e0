#!/usr/bin/env bash
# Regenerates the application icon's PNG, ICO and ICNS files from the SVGs in this folder.
# The results are committed, so builds and CI never need these tools; run this after editing
# an SVG (Debian 12: apt-get install librsvg2-bin icnsutils imagemagick).
#
#   density-dashboard.svg      the icon (512 x 512 viewBox), used from 48 px up
#   density-dashboard-24.svg   fewer, pixel-aligned lines for 22-32 px
#   density-dashboard-16.svg   the 16 px drawing
#
# Outputs: hicolor/<N>x<N>/apps/density-dashboard.png (freedesktop layout),
# density-dashboard.ico (16-256) and density-dashboard.icns (16-1024, with @2x). Needs python3
# for the .icns container.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
for tool in rsvg-convert convert png2icns python3; do
    command -v "$tool" >/dev/null ||
        { echo "render-icons.sh: $tool not found (librsvg2-bin, imagemagick, icnsutils)" >&2; exit 1; }
done

NAME=density-dashboard
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The drawing that stays crisp at a size: small sizes get their own simplified SVG.
source_for() {
    local size=$1
    if ((size <= 16)); then
        echo "$NAME-16.svg"
    elif ((size <= 32)); then
        echo "$NAME-24.svg"
    else
        echo "$NAME.svg"
    fi
}

render() { # render <size> <output.png>
    rsvg-convert --width "$1" --height "$2" "$(source_for "$1")" --output "$3"
}

for size in 16 22 24 32 48 64 128 256 512; do
    dir=hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    render "$size" "$size" "$dir/$NAME.png"
done

# Windows: one .ico with every size Explorer and the taskbar ask for (PNG-compressed 256).
ico_inputs=()
for size in 16 24 32 48 64 128 256; do
    render "$size" "$size" "$work/ico-$size.png"
    ico_inputs+=("$work/ico-$size.png")
done
convert "${ico_inputs[@]}" "$NAME.ico"

# macOS: the classic 16, 32 and 48 px entries (is32/il32/ih32 with masks) from png2icns, then
# PNG entries for 128 px up and the Retina (@2x) sizes, as Apple's iconutil writes them.
# png2icns would store 256 px and up as JPEG 2000 and has no @2x types.
png2icns_inputs=()
for size in 16 32 48; do
    render "$size" "$size" "$work/icns-$size.png"
    png2icns_inputs+=("$work/icns-$size.png")
done
png2icns "$work/classic.icns" "${png2icns_inputs[@]}" >/dev/null
# <type>:<pixels>  ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x), ic11 32 (16@2x),
# ic12 64 (32@2x), ic13 256 (128@2x), ic14 512 (256@2x)
png_entries=(ic07:128 ic08:256 ic09:512 ic10:1024 ic11:32 ic12:64 ic13:256 ic14:512)
for entry in "${png_entries[@]}"; do
    size=${entry#*:}
    [[ -f $work/icns-$size.png ]] || render "$size" "$size" "$work/icns-$size.png"
done
python3 - "$work" "$NAME.icns" "${png_entries[@]}" <<'PY'
import struct, sys
work, out, entries = sys.argv[1], sys.argv[2], sys.argv[3:]
classic = open(f"{work}/classic.icns", "rb").read()
assert classic[:4] == b"icns"
body = classic[8:]
for entry in entries:
    kind, size = entry.split(":")
    png = open(f"{work}/icns-{size}.png", "rb").read()
    body += kind.encode() + struct.pack(">I", len(png) + 8) + png
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY

echo "render-icons.sh: wrote hicolor/*/apps/$NAME.png, $NAME.ico and $NAME.icns"
