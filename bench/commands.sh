#!/usr/bin/env bash
# Times the commands people type: `invito --version`, `sources list`, and `events list`, `status`,
# `invites list` on a store of 10,000 events (made once by io.invito.bench.StoreGenerator).
# Prints, per command, the median wall time and the median CPU time (user + system, all threads)
# of RUNS runs, and the load average before the first run: on a shared machine wall time measures
# the neighbours, CPU time much less so.
#
#   bench/commands.sh                 # the launcher ./invito (AppCDS and all)
#   INVITO="java -jar old.jar" bench/commands.sh    # any other way to start it
#   RUNS=9 EVENTS=10000 bench/commands.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
. bench/lib.sh
runs=${RUNS:-5}
events=${EVENTS:-10000}
store=${STORE:-target/bench-store-$events}
invito=${INVITO:-./invito}

if [ ! -f "$store/data/invito.mv.db" ]; then
  echo "generating $store ($events events) ..." >&2
  bench_java io.invito.bench.StoreGenerator "$store" "$events"
fi
# One run first, unmeasured: it builds the jar if needed and, with the launcher, the class archive.
$invito --version >/dev/null 2>&1 || true

timing=$(mktemp)
found=$(mktemp)
trap 'rm -f "$timing" "$found"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, median; invito = $invito"
printf '%-36s %9s %9s\n' command wall cpu
for command in "--version" "sources list" "events list" "status" "invites list"; do
  args=$command
  [ "$command" = "--version" ] || args="$command -c $store"
  # The first run of a command with the launcher makes its class archive: not measured.
  $invito $args >/dev/null 2>&1
  # shellcheck disable=SC2086
  measure $invito $args
  printf '%-36s %8.2fs %8.2fs\n' "$command" "$wall" "$cpu"
done
