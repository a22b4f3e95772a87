# Shared by bench/gap and bench/gap-report: builds the engine when needed and finds a JDK 21+.
# Sourced, not run; sets JAVA_BIN and CLASSPATH.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

source "$root/bench/java-env.sh"

build_if_needed() { # compiles and records the runtime classpath when sources or the pom changed since the last build
  local stamp="$root/target/gap-classpath.txt"
  if [ ! -f "$stamp" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$stamp" -print -quit)" ]; then
    echo "bench: building the engine (./mvnw compile) ..." >&2
    (cd "$root" && ./mvnw -q -B -DskipTests compile >&2 \
      && ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$stamp" >&2) \
      || { rm -f "$stamp"; echo "bench: build failed" >&2; exit 1; }
  fi
  CLASSPATH="$root/target/classes:$(cat "$stamp")"
}

JAVA_BIN="$(find_java)"
build_if_needed
