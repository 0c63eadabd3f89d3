#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium (Playwright's own browser download is not reachable here),
# with a CJK font: without one every Chinese character renders as a box, so screenshots show nothing
# and layouts are tested with the wrong glyph widths.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -n "$(fc-list :lang=zh-tw 2>/dev/null)" ] || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian's packages..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing ${missing[*]}: install them (sudo apt-get install ${missing[*]}) or set CHROMIUM_PATH." >&2
  exit 1
fi
