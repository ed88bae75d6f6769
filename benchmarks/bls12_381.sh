#!/usr/bin/env bash
# Measures snark4j's BLS12-381 (JMH) beside @noble/curves and blst (@chainsafe/blst) on this machine and
# writes docs/performance-bls12-381.md. About 10 minutes on 2 cores.
#   benchmarks/bls12_381.sh            the full profile
#   benchmarks/bls12_381.sh --quick    a smoke run (short iterations, small MSM), for checking the script
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh" "$@"

echo "== snark4j (JMH)" >&2
"$JAVA_HOME/bin/java" -jar benchmarks/target/benchmarks.jar "${jmh_args[@]}" \
  -jvmArgsAppend "--add-modules jdk.incubator.vector -Dsnark4j.simd.warmUp=none" \
  -rf json -rff "$out/jmh-bls12-381.json" 'org.snark4j.benchmarks.Bls12381' >&2
sed -i -E 's#"jvm"( ?): "[^"]*"#"jvm"\1: "java"#' "$out/jmh-bls12-381.json"

echo "== @noble/curves and blst" >&2
node benchmarks/js/bls12-381-bench.mjs interop $quick > "$out/js-bls12-381.json"
benchmarks/machine.sh "$JAVA_HOME" $quick @noble/curves @chainsafe/blst > "$out/machine-bls12-381.json"

node benchmarks/js/report-bls12-381.mjs "$out/jmh-bls12-381.json" "$out/js-bls12-381.json" \
  "$out/machine-bls12-381.json" > docs/performance-bls12-381.md
echo "wrote docs/performance-bls12-381.md" >&2
