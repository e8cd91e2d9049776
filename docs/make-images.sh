#!/usr/bin/env bash
# Re-renders the images of README's "Charts" section (and the PDSA project report) into docs/images/.
# Needs a built qi (mvn -q -B install -DskipTests), and for the HTML screenshot Chromium
# (Debian: apt-get install chromium). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
qi() { java -jar qi-cli/target/qi.jar "$@"; }
out=docs/images
mkdir -p "$out"

qi chart examples/data/time-to-triage.csv --chart run --x week --y minutes_to_triage \
  --title "Time to triage: run chart" \
  --subtitle "Weekly mean minutes from arrival to triage; median and runs analysis" --y-label Minutes \
  --annotate 2025-03-03="PDSA 1: new triage form" \
  --annotate 2025-06-16="PDSA 2: triage nurse at the front door" --output "$out/run-chart.png"
qi chart examples/data/time-to-triage.csv --chart i --x week --y minutes_to_triage --part 24 \
  --title "Time to triage: I chart in two parts" \
  --subtitle "Weekly mean minutes; new part after week 24 (triage nurse at the front door)" \
  --y-label Minutes --annotate 2025-06-16="Triage nurse at the front door" \
  --output "$out/i-chart-parts.png"
qi chart examples/data/falls.csv --chart u --x month --y falls --n bed_days --multiply 1000 \
  --warning-limits --title "Falls per 1,000 bed days: U chart" \
  --subtitle "Limits follow the bed days of each month; 2-sigma warning limits dashed" \
  --y-label "Falls per 1,000 bed days" --output "$out/u-chart-falls.png"

qi chart examples/data/time-to-triage.csv --chart xmr --x week --y minutes_to_triage \
  --direction decrease --target 20 --rebase 2025-06-23 \
  --title "Time to triage, emergency department: NHS XmR chart" \
  --subtitle "Weekly mean minutes; lower is better; rebased at the change; target 20 minutes" \
  --y-label Minutes --annotate 2025-06-23="Triage nurse at the front door" \
  --output "$out/nhs-icons.png"
qi chart examples/data/falls-by-ward.csv --chart u --x month --y falls --n bed_days \
  --multiply 1000 --by ward --columns 3 --width 1500 --height 560 \
  --title "Falls per 1,000 bed days, by ward" --subtitle "U charts; shared y scale" \
  --output "$out/small-multiples.png"

qi funnel examples/data/trust-mortality.csv --unit trust --y observed_deaths \
  --n expected_deaths --type sr --title "Mortality ratio by trust, fictional data" \
  --output "$out/funnel-mortality.png"

report="$(mktemp -d)/report.html"
qi chart examples/data/time-to-triage.csv --chart i --x week --y minutes_to_triage --part 24 \
  --title "Time to triage" --subtitle "Weekly mean minutes from arrival to triage, I chart in two parts" \
  --y-label Minutes --annotate 2025-03-03="PDSA 1: new triage form" \
  --annotate 2025-06-16="PDSA 2: triage nurse at the front door" --output "$report"
if command -v chromium > /dev/null; then
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$(mktemp -d)" \
    --screenshot="$out/html-report.png" --window-size=1150,1450 "file://$report" 2> /dev/null
fi
board="$(mktemp -d)/board.html"
qi summary examples/data/ed-measures.csv --measure measure --x month --y value --n n \
  --target-column target --direction-column direction --group group \
  --settings examples/data/ed-measures-settings.csv --format html --title "Emergency department" \
  --output "$board"
if command -v chromium > /dev/null; then
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$(mktemp -d)" \
    --hide-scrollbars --screenshot="$out/summary-board.png" --window-size=1280,1250 "file://$board" 2> /dev/null
fi
project_report="$(mktemp -d)/project.html"
qi pdsa report --project examples/pdsa/qi-project.json --output "$project_report" > /dev/null
if command -v chromium > /dev/null; then
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$(mktemp -d)" \
    --hide-scrollbars --screenshot="$out/pdsa-report.png" --window-size=1150,1640 "file://$project_report" 2> /dev/null
fi
qi chart examples/data/time-to-triage.csv --chart cusum --x week --y minutes_to_triage --freeze 20 \
  --title "Time to triage: CUSUM" \
  --subtitle "Sums of standardised deviations from the mean of weeks 1-20; decision interval ±5" \
  --y-label "Cumulative sum (standard errors)" --output "$out/cusum-triage.png"
ls -l "$out"
