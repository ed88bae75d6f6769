# Sourced by .ci/test, .ci/run and ./snark4j: points JAVA_HOME at a JDK 21 or newer.
# Order: $JAVA_HOME if it is >= 21, else the newest JDK >= 21 in the system's JVM folder
# (/usr/lib/jvm, or /Library/Java/JavaVirtualMachines/*/Contents/Home on macOS).
snark4j_jdk_major() {
  local v
  v=$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

snark4j_find_jdk() {
  local want=21 best="" best_major=0 home major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(snark4j_jdk_major "$JAVA_HOME")
    if [ "${major:-0}" -ge "$want" ] 2>/dev/null; then
      return 0
    fi
    echo "snark4j: JAVA_HOME=$JAVA_HOME is Java ${major:-unknown}; looking for a JDK >= $want instead" >&2
  fi
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/javac" ] || continue
    major=$(snark4j_jdk_major "$home")
    if [ "${major:-0}" -ge "$want" ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$home; best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "snark4j: no JDK $want or newer found (JAVA_HOME is '${JAVA_HOME:-unset}', none in /usr/lib/jvm)." >&2
    echo "snark4j: install one (e.g. 'apt-get install openjdk-21-jdk') or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}
