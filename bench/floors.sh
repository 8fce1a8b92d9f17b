#!/usr/bin/env bash
# What whole-process time no Java reader can beat here, beside what issue 18's ratios ask for.
# For each part of the bench corpus it times io.invito.bench.Floor, the least a JVM process can do
# with those files (the JDK alone, both cores, a class archive of its own, the start-up flags
# invito's launcher uses and the JVM's defaults, the faster of the two kept), and the peer; then
# prints the time the target ratio allows invito (peer wall / ratio) and whether the floor is under
# it. A floor above the allowance means the ratio cannot be met by any JVM process on this machine.
#
#   bench/floors.sh          RUNS=9 bench/floors.sh          PARTS="feeds calendars" bench/floors.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
. bench/lib.sh
runs=${RUNS:-5}
python=${PYTHON:-/usr/bin/python3}
corpus=${CORPUS:-target/bench-corpus}
parts=${PARTS:-none feeds big pages calendars}

if [ ! -d "$corpus/calendars" ]; then
  echo "generating $corpus ..." >&2
  bench_java io.invito.bench.CorpusGenerator "$corpus"
fi
mvn -B -o -q test-compile >&2
# A class archive maps classes from jars only: Floor goes into a jar of its own.
classes=target/floor.jar
jar cf "$classes" -C target/test-classes io/invito/bench/Floor.class
archive=target/cds/floor.jsa
mkdir -p target/cds
# The class archive: the classes a run of every part loads, parsed and verified once.
list=$(mktemp)
timing=$(mktemp)
found=$(mktemp)
trap 'rm -f "$list" "$list".* "$timing" "$found"' EXIT
for part in feeds calendars pages; do
  java -XX:DumpLoadedClassList="$list.$part" -cp "$classes" io.invito.bench.Floor "$part" \
    "$corpus/$part" >/dev/null
done
awk '!seen[$0]++' "$list".* >"$list"
java -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" -cp "$classes" \
  >/dev/null 2>&1

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, median, $(nproc) cores"
printf '%-10s | %-24s | %-30s | %-8s | %-9s | %s\n' part "JVM floor wall / cpu / n" \
  "peer wall / cpu / n" target allowed "floor under it?"
for part in $parts; do
  case "$part" in
    none) folder=none script= ratio= ;;
    feeds) folder=feeds script=feeds:feedparser ratio=10 ;;
    big) folder=big script=feeds:feedparser ratio=6 ;;
    pages) folder=pages script=pages:extruct ratio=1.5 ;;
    calendars) folder=calendars script=calendars:icalendar ratio=3 ;;
    *)
      echo "PARTS: unknown part '$part' (none feeds big pages calendars)" >&2
      exit 2
      ;;
  esac
  kind=$folder
  [ "$part" = big ] && kind=feeds
  best_wall=999 best_cpu=0 best_count=0
  for flags in "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" ""; do
    # shellcheck disable=SC2086
    measure java -XX:SharedArchiveFile="$archive" -Xlog:disable $flags -cp "$classes" \
      io.invito.bench.Floor "$kind" "$corpus/$folder"
    count=$(tail -1 "$found")
    if [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then
      best_wall=$wall best_cpu=$cpu best_count=$count
    fi
  done
  printf -v ours '%6.2fs %6.2fs %7s' "$best_wall" "$best_cpu" "$best_count"
  if [ -z "$script" ]; then
    printf '%-10s | %s | %-30s | %-8s | %-9s | %s\n' "$part" "$ours" - - - -
    continue
  fi
  IFS=: read -r peer module <<<"$script"
  if ! "$python" -c "import $module" 2>/dev/null; then
    printf '%-10s | %s | %-30s | %-8s | %-9s | %s\n' "$part" "$ours" "$module not installed" \
      "${ratio}x" - -
    continue
  fi
  measure "$python" "bench/peers/$peer.py" "$corpus/$folder"
  count=$(tail -1 "$found")
  printf -v theirs '%-10s %6.2fs %6.2fs %5s' "$module" "$wall" "$cpu" "$count"
  allowed=$(echo "scale=3; $wall / $ratio" | bc)
  under=no
  [ "$(echo "$best_wall <= $allowed" | bc)" = 1 ] && under=yes
  printf '%-10s | %s | %s | %-8s | %8.2fs | %s\n' "$part" "$ours" "$theirs" "${ratio}x" \
    "$allowed" "$under"
done
