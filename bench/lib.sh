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
