#!/usr/bin/env bash
# Installs the programs the browser and document tests drive, where missing: Debian's chromium
# (Playwright's own browser download does not work on these machines), poppler-utils to render
# and read PDFs, zbar-tools to decode QR codes, and fonts for the scripts the pages show.
set -euo pipefail

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v zbarimg >/dev/null || missing+=(zbar-tools)
[ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)

if [ ${#missing[@]} -gt 0 ]; then
  echo "[test-tools] installing ${missing[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
