#!/usr/bin/env bash
# Sourced by the benchmark scripts (run.sh, bls12_381.sh) with their arguments: goes to the repository's root,
# finds the JDK, installs the reference tools in interop/ if needed, builds the benchmarks jar, and sets
#   quick     "--quick" for a smoke run (short iterations, small sizes), else empty
#   out       where the raw results go: benchmarks/results, or a temporary folder for a smoke run
#   jmh_args  JMH's iteration options for the profile
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. .ci/jdk.sh
snark4j_find_jdk
quick=""
[ "${1:-}" = "--quick" ] && quick="--quick"

if [ ! -d interop/node_modules ]; then
  (cd interop && npm ci --no-audit --no-fund --loglevel=error)
fi
./mvnw -q -B -ntp -DskipTests -pl benchmarks -am package

out=benchmarks/results
[ -n "$quick" ] && out=$(mktemp -d)
mkdir -p "$out"

if [ -n "$quick" ]; then
  jmh_args=(-f 1 -wi 1 -i 2 -w 1s -r 1s -p logN=10)
else
  jmh_args=(-f 1 -wi 3 -i 5 -w 2s -r 2s)
fi
