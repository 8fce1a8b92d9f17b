# Sourced by the bench scripts: runs a class of src/test/java/io/invito/bench (a generator) with
# the test class path, compiling first.
bench_java() {
  mvn -B -o -q test-compile >&2
  mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test >&2
  java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$@" >&2
}

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Runs "$@" $runs times; sets wall and cpu, the medians of the wall and CPU times (user + system,
# all threads), and leaves what the last run printed in "$found". The caller makes the files
# "$timing" and "$found".
measure() {
  local walls=() cpus=() w u s
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$timing" -f '%e %U %S' "$@" >"$found" 2>/dev/null || true
    read -r w u s < <(tail -1 "$timing")
    walls+=("$w")
    cpus+=("$(echo "$u + $s" | bc)")
  done
  wall=$(printf '%s\n' "${walls[@]}" | median)
  cpu=$(printf '%s\n' "${cpus[@]}" | median)
}
