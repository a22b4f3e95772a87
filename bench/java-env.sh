# Shared by the bench scripts' env files: finds the newest JDK 21+ the way the build's toolchain lookup does.
# Sourced, not run.

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
