#!/usr/bin/env bash
# Server-side time of the planners' pages with one municipality of 50 areas, 500 offers and its gaps, the
# whole platform running locally from a Release build as bench/submit-bench.sh runs it (bench/platform.sh:
# databases and a RabbitMQ virtual host of the bench's own, the AppHost's usual ports; refused while
# ./run.sh or another platform runs):
#   bash bench/planner-pages-bench.sh [--areas 50] [--offers 500] [--answers 5] [--warmup 5] [--requests 50] [--keep]
# 1. Seeds a fresh municipality (--tenant, default 09999123) through the services' own APIs with a development
#    planner token (tools/DevTokens): the areas on a grid 400 m apart (POST /api/areas/import, CSV), facilities with
#    two offers each, every area short of one category that its neighbours offer (POST /api/inventory/import, CSV),
#    a published survey, and --answers answers per area, each needing all 11 categories Mon–Fri from early morning
#    to the evening (POST /public/surveys/{id}/responses, public limits raised). Offers open Mo-Fr 08:00-16:00 with
#    2 free places, German only, no short-term places, so every category × area has a time gap, a capacity gap and
#    (the first answer per area asks for a short-term place) a feature gap: areas × 11 × 3 gaps. It waits until
#    Gaps lists them all.
# 2. Signs in at Planner.Web's development sign-in (/signin/dev: a form with antiforgery, cookies in a jar).
# 3. Times each page: --warmup requests, then --requests sequential requests with curl on localhost:5105, i.e.
#    Planner.Web (Release build, Development environment: the development sign-in exists only there) behind the
#    orchestrator's proxy; the time includes every call the page makes to the services. The cookie jar is only
#    read while timing, so the overview is always a first look (7 days of changes, every gap new).
# Prints the counts the pages saw and a table: p50, p95, max of the whole response (curl time_total; nearest
# rank), p50 of the time to the first byte, the HTML's size. --keep leaves the platform running until Ctrl+C;
# --measure URL then only signs in and times the pages of a Planner.Web at URL (e.g. another build of it, started by
# hand against the kept services, to compare a change on the same data).
# Results and how to read them: bench/README.md. The AppHost's log: .local/plannerbench/apphost.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

areas=50 offers=500 answers=5 warmup=5 requests=50 tenant=09999123 keep="" measure=""
while (($#)); do
  case $1 in
    --areas) areas=$2; shift 2 ;;
    --offers) offers=$2; shift 2 ;;
    --answers) answers=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --tenant) tenant=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --measure) measure=$2; shift 2 ;;
    *) echo "usage: $0 [--areas 50] [--offers 500] [--answers 5] [--warmup 5] [--requests 50] [--tenant 09999123] [--keep | --measure URL]" >&2; exit 2 ;;
  esac
done

bench_name=planner-pages
source bench/platform.sh

seed() {
  platform_prepare plannerbench
  platform_unlimit_answers   # one client address sends every answer
  platform_build
  dotnet build tools/DevTokens -c Release -nologo -v quiet
  platform_start 5105
  surveys=http://localhost:5101 inventory=http://localhost:5102 gaps=http://localhost:5103
  token=$(dotnet run -c Release --no-build --project tools/DevTokens -- --tenant "$tenant" --role planner)

  # call METHOD URL [curl options]: the answer's body; a refusal or failure stops the bench with the body.
  call() {
    local body status
    body=$(mktemp)
    status=$(curl -sS -o "$body" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $token" "${@:3}" "$2")
    if ((status >= 400)); then say "$1 $2 answered $status:"; cat "$body" >&2; rm -f "$body"; exit 1; fi
    cat "$body"
    rm -f "$body"
  }
  # until_count URL N SECONDS WHAT: polls a JSON list until it has N entries; false after SECONDS.
  until_count() {
    local started=$SECONDS count=0
    while ((SECONDS - started < $3)); do
      count=$(call GET "$1" | jq length)
      ((count == $2)) && { say "$4: $count after $((SECONDS - started)) s"; return 0; }
      sleep 3
    done
    say "$4: $count, not $2, after $3 s"
    return 1
  }

  categories="krippe kita hort kindertagespflege ferienbetreuung randzeitenbetreuung tagespflege kurzzeitpflege nachtpflege ambulante-pflege alltagsbegleitung"
  # Area a's centre: ten to a row, 400 m apart both ways (0.0036° of latitude, 0.0055° of longitude at 49.4° N).
  grid='function lat(a) { return 49.40 + int(a / 10) * 0.0036 } function lon(a) { return 11.00 + (a % 10) * 0.0055 }'

  say "seeding municipality $tenant: $areas areas, $offers offers, $answers answers per area"
  awk -v n="$areas" "$grid"'BEGIN {
    print "code,name,latitude,longitude"
    for (a = 0; a < n; a++) printf "ot-%02d,Ortsteil %d,%.5f,%.5f\n", a, a + 1, lat(a), lon(a)
  }' >"$state/areas.csv"
  call POST "$inventory/api/areas/import" -H 'content-type: text/csv' --data-binary @"$state/areas.csv" >/dev/null

  # Offer i lies in area i mod areas and is of category i mod 11: with 500 offers in 50 areas each area has ten of
  # the eleven categories, and the missing one (a+5 mod 11) in both neighbours of its row, 400 m away.
  awk -v n="$areas" -v offers="$offers" -v categories="$categories" "$grid"'BEGIN {
    split(categories, cat, " "); split("municipal welfare private company other", operator, " ")
    print "facility_key,facility_name,operator_type,latitude,longitude,area_code,offer_key,name,category,places,occupied_places,opening_hours,short_term,languages"
    for (i = 0; i < offers; i++) {
      a = i % n; f = int(int(i / n) / 2); c = cat[i % 11 + 1]
      printf "e-%02d-%d,Einrichtung %d.%d,%s,%.5f,%.5f,ot-%02d,o-%d,%s %d,%s,10,8,Mo-Fr 08:00-16:00,false,de\n",
        a, f, a + 1, f + 1, operator[(a + f) % 5 + 1], lat(a) + 0.0004 * (f + 1), lon(a) + 0.0004 * (f + 1), a, i, c, i + 1, c
    }
  }' >"$state/offers.csv"
  call POST "$inventory/api/inventory/import" -H 'content-type: text/csv' --data-binary @"$state/offers.csv" >/dev/null

  until_count "$surveys/api/areas" "$areas" 120 "areas Surveys learnt"
  survey=$(call POST "$surveys/api/surveys" -H 'content-type: application/json' -d '{"responsible": {
    "municipality": "Gemeinde Musterstadt", "office": "Sozialplanung", "address": "Rathausplatz 1, 99999 Musterstadt",
    "email": "sozialplanung@musterstadt.example"}}' | jq -r .surveyId)
  call POST "$surveys/api/surveys/$survey/publish" -d '' >/dev/null

  # Answer r of area a: every category, 1–4 persons, Mon–Fri in one of three day spans that begin before 08:00 and
  # end after 16:00; the first answer of each area asks for short-term places.
  awk -v n="$areas" -v answers="$answers" -v categories="$categories" 'BEGIN {
    split(categories, cat, " "); split("incoming outgoing both other", household, " ")
    split("06:30 07:00 06:00", from, " "); split("17:00 17:30 18:00", to, " ")
    split("monday tuesday wednesday thursday friday", day, " ")
    for (a = 0; a < n; a++) for (r = 0; r < answers; r++) {
      s = (a + r) % 3 + 1; windows = ""
      for (d = 1; d <= 5; d++) windows = windows (d > 1 ? "," : "") sprintf("{\"day\":\"%s\",\"from\":\"%s\",\"to\":\"%s\",\"overnight\":false}", day[d], from[s], to[s])
      needs = ""
      for (c = 1; c <= 11; c++)
        needs = needs (c > 1 ? "," : "") sprintf("{\"category\":\"%s\",\"persons\":%d,\"windows\":[%s],\"temporary\":%s}",
          cat[c], 1 + (a * 7 + r * 3 + c) % 4, windows, r == 0 ? "true" : "false")
      printf "plannerbench-%d-%d\t{\"language\":\"de\",\"consentVersion\":\"2026-2\",\"consent\":true,\"householdType\":\"%s\",\"areaCode\":\"ot-%02d\",\"awayDays\":[\"monday\"],\"languages\":[\"de\"],\"needs\":[%s]}\n",
        a, r, household[r % 4 + 1], a, needs
    }
  }' >"$state/answers.tsv"
  while IFS=$'\t' read -r key answer; do
    call POST "$surveys/public/surveys/$survey/responses" -H 'content-type: application/json' -H "Idempotency-Key: $key" -d "$answer" >/dev/null
  done <"$state/answers.tsv"
  say "$((areas * answers)) answers stored"

  until_count "$gaps/api/gaps" $((areas * 11 * 3)) 900 "open gaps in Gaps" || say "measuring with the gaps there are"
}

if [ -n "$measure" ]; then
  web=$measure state=.local/plannerbench
else
  web=http://localhost:5105
  seed
fi

# Sign in as a planner of the municipality: the form's antiforgery token and handler name, its cookie kept in the jar.
jar=$state/cookies.txt
rm -f "$jar"
form=$(curl -sS -c "$jar" -b "$jar" "$web/signin/dev")
# first PATTERN: the first match in the input (awk reads it all: head would end grep early, a failure under pipefail).
first() { grep -oE "$1" | awk 'NR == 1'; }
hidden() { first "name=\"$1\"[^>]*value=\"[^\"]*\"" <<<"$form" | sed 's/.*value="//; s/"$//'; }
signed=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "__RequestVerificationToken=$(hidden __RequestVerificationToken)" \
  --data-urlencode "_handler=$(hidden _handler)" -d "tenant=$tenant" -d role=planner "$web/signin/dev")
grep -q planner.auth "$jar" || { say "the development sign-in answered $signed and set no sign-in cookie"; exit 1; }

page() { curl -sS -b "$jar" "$web$1"; }
gaps_page=$(page /gaps) offers_page=$(page /offers)
gap=$(first 'href="/gaps/[0-9a-f-]{36}"' <<<"$gaps_page" | grep -oE '[0-9a-f-]{36}')
offer=$(first 'href="/what-if\?offer=[0-9a-f-]{36}"' <<<"$offers_page" | grep -oE '[0-9a-f-]{36}')
count() { grep -oE "$1" | wc -l; }
say "the pages saw: $(page /areas | count 'scope="row"') areas (/areas), $(count 'id="offer-' <<<"$offers_page") offers (/offers)," \
  "$(page /facilities | count 'href="/facilities/[0-9a-f-]{36}"') facilities (/facilities), $(count 'href="/gaps/[0-9a-f-]{36}"' <<<"$gaps_page") gaps (/gaps)"

pages=(/ /gaps /gaps?sort=severity "/gaps?category=kita&kind=time" "/gaps/$gap" /map /offers /facilities /areas
  /what-if "/what-if?offer=$offer&hours=Mo-Fr+07%3A00-18%3A00&places=12" /exports)
ms() { awk -v q="$1" '{ v[NR] = $1 } END { i = int(NR * q); if (i < NR * q) i++; if (i < 1) i = 1; printf "%.0f", v[i] * 1000 }'; }
say "timing ${#pages[@]} pages: $warmup warm-up and $requests measured requests each"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg) before timing"
echo "| page | HTML | p50 | p95 | max | first byte p50 |"
echo "|---|---|---|---|---|---|"
for path in "${pages[@]}"; do
  for ((i = 0; i < warmup; i++)); do curl -sS -o /dev/null -b "$jar" "$web$path"; done
  runs=$(for ((i = 0; i < requests; i++)); do
    curl -sS -o /dev/null -b "$jar" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' "$web$path"
  done)
  if awk '$1 != 200 { bad = 1 } END { exit !bad }' <<<"$runs"; then say "$path answered other than 200: $(cut -d' ' -f1 <<<"$runs" | sort | uniq -c | xargs)"; fi
  total=$(cut -d' ' -f3 <<<"$runs" | sort -n) ttfb=$(cut -d' ' -f2 <<<"$runs" | sort -n)
  size=$(tail -1 <<<"$runs" | cut -d' ' -f4)
  shown=${path//$gap/\{id\}}
  echo "| \`${shown//$offer/\{offer\}}\` | $((size / 1024)) KiB | $(ms 0.5 <<<"$total") ms | $(ms 0.95 <<<"$total") ms | $(ms 1 <<<"$total") ms | $(ms 0.5 <<<"$ttfb") ms |"
done
echo "$(date -u '+%H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg) after timing"

if [ -n "$keep" ] && [ -z "$measure" ]; then
  echo "$token" >"$state/token"
  say "the platform keeps running (tenant $tenant, planner token in $state/token); Ctrl+C stops it"
  wait "$apphost" || true
fi
