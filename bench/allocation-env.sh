# Sourced by bench/allocation: builds the benchmark when needed and finds a JDK 21+; sets JAVA_BIN and CLASSPATH.

java_version() { # prints the feature version of a java binary, e.g. 17 or 25
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

find_java() { # the newest JDK 21+ among JAVA_HOME, PATH and the usual install folders, like the build's toolchain lookup
  local best="" best_version=0 candidate version
  for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)" \
      /usr/lib/jvm/*/bin/java "$HOME"/.sdkman/candidates/java/*/bin/java /opt/*/bin/java /opt/java/*/bin/java; do
    [ -x "$candidate" ] || continue
    version="$(java_version "$candidate")"
    version="${version#1.}"
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate" best_version="$version"
    fi
  done
  [ -n "$best" ] || { echo "bench: no JDK 21 or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm, ~/.sdkman, /opt)" >&2; exit 1; }
  echo "$best"
}

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
