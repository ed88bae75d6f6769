#!/usr/bin/env bash
# Prints the machine a benchmark ran on as JSON (CPU, cores, Java, Node.js, the reference libraries'
# versions, date, SIMD lanes). Called by run.sh and bls12_381.sh after the benchmarks jar is built.
#   benchmarks/machine.sh <java home> [--quick] <npm package of a reference library>...
set -euo pipefail
java_home=$1
shift
quick=""
if [ "${1:-}" = "--quick" ]; then
  quick=--quick
  shift
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
echo "{"
echo "\"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\","
echo "\"mhz\": \"$(grep -m1 'cpu MHz' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\","
echo "\"cores\": $(nproc),"
echo "\"java\": \"$("$java_home/bin/java" -version 2>&1 | head -2 | tail -1)\","
echo "\"node\": \"$(node --version)\","
for package in "$@"; do
  echo "\"$(basename "$package")\": \"$(node -p "require('./interop/node_modules/$package/package.json').version")\","
done
echo "\"date\": \"$(date -u +%Y-%m-%d)\","
echo "\"lanes\": $("$java_home/bin/java" --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar \
  org.snark4j.benchmarks.Lanes 2>/dev/null || echo 0),"
echo "\"quick\": $([ "$quick" = "--quick" ] && echo true || echo false)"
echo "}"
