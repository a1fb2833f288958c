#!/usr/bin/env bash
# Renders the sample campaign's HTML report and status page in headless Chromium:
# a screenshot of the report's first screen, the report printed to PDF (A4, with the
# page numbers from page 2), its first two pages as PNG, and the status page.
# Needs: chromium, poppler-utils (apt-get install -y chromium poppler-utils fonts-liberation).
set -euo pipefail
cd "$(dirname "$0")/.."

out=output/preview-html
mkdir -p "$out"
cargo run --release -q -- compile --as-of 2026-04-29 --format md,html
cargo run --release -q -- status --as-of 2026-04-22 --format html

chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d)" "$@" 2>/dev/null
}
report="file://$PWD/output/bao-cao-tong-hop.html"
chrome --window-size=1000,1400 --screenshot="$out/html-page1.png" "$report"
chrome --no-pdf-header-footer --print-to-pdf="$out/bao-cao-tong-hop.pdf" "$report"
pdftoppm -png -r 60 -f 1 -l 2 "$out/bao-cao-tong-hop.pdf" "$out/html-print"
chrome --window-size=900,1300 --screenshot="$out/status.png" "file://$PWD/output/tinh-hinh-nop-bao-cao.html"
ls -1 "$out"/*.png
