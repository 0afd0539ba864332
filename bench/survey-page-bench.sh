#!/usr/bin/env bash
# The survey page's weight and speed, measured against a running platform (./run.sh) and, for the
# weight, a published Survey.Web (a Development build serves its static files uncompressed):
#   dotnet publish src/Survey.Web -c Release -o /tmp/sweb-pub
#   (cd /tmp/sweb-pub && ASPNETCORE_URLS=http://localhost:5110 services__surveys__http__0=http://localhost:5101 dotnet Survey.Web.dll)
#   bash bench/survey-page-bench.sh http://localhost:5110/09162000/<survey id> [requests]
# Prints what a phone transfers for the first step (HTML, CSS, the fonts it names and the script,
# compressed as the browser asks for them) and the server time of the HTML: p50, p95, max.
set -euo pipefail
url=${1:?usage: $0 SURVEY_URL [REQUESTS]}
requests=${2:-300}
origin=$(echo "$url" | grep -oE '^https?://[^/]+')

html=$(curl -sS --compressed "$url")
html_bytes=$(curl -sS -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$url")
total=$html_bytes
echo "html            $html_bytes B"
for asset in $(echo "$html" | grep -oE '(href|src)="[^"]+\.(css|js)"' | sed -E 's/^(href|src)="//; s/"$//'); do
  bytes=$(curl -sS -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$origin/$asset")
  echo "$(basename "$asset") $bytes B"
  total=$((total + bytes))
done
# Fonts the page uses: Fira Sans regular and semibold (KERN's body and headings).
css=$(echo "$html" | grep -oE 'href="[^"]*fira-sans[^"]*\.css"' | sed -E 's/^href="//; s/"$//')
for face in FiraSans-Regular FiraSans-SemiBold; do
  path=$(curl -sS "$origin/$css" | grep -oE "fira-sans/$face\.[a-z0-9]*\.?woff2" | head -1)
  [ -n "$path" ] || path="fira-sans/$face.woff2"
  bytes=$(curl -sS -o /dev/null -w '%{size_download}' "$origin/$(dirname "$css")/$path")
  echo "$face.woff2 $bytes B"
  total=$((total + bytes))
done
echo "transferred total $((total / 1024)) KiB (HTML + CSS + script + 2 font faces)"

times=$(for _ in $(seq "$requests"); do curl -sS -o /dev/null -w '%{time_starttransfer}\n' "$url"; done | sort -n)
pick() { echo "$times" | awk -v q="$1" '{a[NR]=$1} END {i=int(NR*q); if (i<1) i=1; printf "%.1f", a[i]*1000}'; }
echo "html time to first byte over $requests requests: p50 $(pick 0.5) ms, p95 $(pick 0.95) ms, max $(pick 1.0) ms"
