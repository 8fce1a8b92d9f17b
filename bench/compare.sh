#!/usr/bin/env bash
# invito extract against the libraries a user would pick instead, whole process, same files:
# 400 RSS feeds and one feed of 10,000 items (feedparser), 400 HTML event pages (extruct:
# JSON-LD, microdata, microformats), 100 calendars of 20 VEVENTs (python icalendar). The corpus is
# generated once from a fixed seed by io.invito.bench.CorpusGenerator into target/bench-corpus.
# Prints, per part, the median wall and CPU time (user + system) of RUNS runs of each side, what
# each found, and the ratio peer wall / invito wall (above 1: invito is faster). A peer that is not
# installed is reported as such (Debian: apt-get install python3-feedparser python3-extruct
# python3-icalendar).
#
#   bench/compare.sh            RUNS=9 bench/compare.sh            PYTHON=python3 bench/compare.sh
#   INVITO="java -jar old.jar" PEERS=off bench/compare.sh     # another build of invito alone
#   PARTS="feeds big" bench/compare.sh                         # only these parts (feeds big pages calendars)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
. bench/lib.sh
runs=${RUNS:-5}
python=${PYTHON:-/usr/bin/python3}
corpus=${CORPUS:-target/bench-corpus}
invito=${INVITO:-./invito}
parts=" ${PARTS:-feeds big pages calendars} "
for part in $parts; do
  case "$part" in feeds | big | pages | calendars) ;; *)
    echo "PARTS: unknown part '$part' (feeds, big, pages, calendars)" >&2
    exit 2
    ;;
  esac
done

if [ ! -d "$corpus/calendars" ]; then
  echo "generating $corpus ..." >&2
  bench_java io.invito.bench.CorpusGenerator "$corpus"
fi
# Unmeasured: builds the jar if needed and, with the launcher, the class archive of `extract`.
$invito extract "$corpus/calendars" >/dev/null 2>&1

timing=$(mktemp)
found=$(mktemp)
trap 'rm -f "$timing" "$found"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, median, $(nproc) cores"
printf '%-10s %7s | %-26s | %-34s | %-11s | %s\n' part MB "invito wall / cpu / events" \
  "peer wall / cpu / items" "peer÷invito" "load after"
for part in feeds:feeds:feedparser big:feeds:feedparser pages:pages:extruct \
  calendars:calendars:icalendar; do
  IFS=: read -r folder script module <<<"$part"
  case "$parts" in *" $folder "*) ;; *) continue ;; esac
  dir="$corpus/$folder"
  mb=$(du -sb "$dir" | awk '{printf "%.1f", $1 / 1e6}')
  measure $invito extract "$dir"
  count=$(wc -l <"$found")
  printf -v ours '%6.2fs %6.2fs %6d' "$wall" "$cpu" "$count"
  invito_wall=$wall
  if [ "${PEERS:-on}" = off ]; then
    theirs="(PEERS=off)"
    ratio=-
  elif "$python" -c "import $module" 2>/dev/null; then
    measure "$python" "bench/peers/$script.py" "$dir"
    count=$(cat "$found")
    printf -v theirs '%-10s %6.2fs %6.2fs %6d' "$module" "$wall" "$cpu" "$count"
    ratio=$(echo "scale=2; $wall / $invito_wall" | bc)x
  else
    theirs="$module not installed"
    ratio=-
  fi
  printf '%-10s %7s | %s | %-34s | %-11s | %s\n' "$folder" "$mb" "$ours" "$theirs" "$ratio" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
done
