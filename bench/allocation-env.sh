# Sourced by bench/allocation: builds the benchmark when needed and finds a JDK 21+; sets JAVA_BIN and CLASSPATH.

source "$root/bench/java-env.sh"

build_if_needed() { # compiles main, test and benchmark sources and records the test classpath when anything changed since
  local stamp="$root/target/allocation-bench-classpath.txt"
  if [ ! -f "$stamp" ] || [ ! -f "$root/target/test-classes/META-INF/BenchmarkList" ] \
      || [ -n "$(find "$root/src/main" "$root/src/test" "$root/src/jmh" "$root/pom.xml" -newer "$stamp" -print -quit)" ]; then
    echo "bench: building the benchmark (./mvnw -Pbench test-compile) ..." >&2
    (cd "$root" && ./mvnw -q -B -Pbench -DskipTests test-compile >&2 \
      && ./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$stamp" >&2) \
      || { rm -f "$stamp"; echo "bench: build failed" >&2; exit 1; }
  fi
  CLASSPATH="$root/target/test-classes:$root/target/classes:$(cat "$stamp")"
}

JAVA_BIN="$(find_java)"
build_if_needed
