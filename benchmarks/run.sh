#!/usr/bin/env bash
# Measures snark4j (JMH) and ffjavascript, snarkjs's field and curve library, side by side on this machine
# and writes docs/performance.md. snark4j runs with the SIMD kernels (--add-modules jdk.incubator.vector), and
# the benchmarks that have a SIMD path run again in a JVM without the module. About 15 minutes on 2 cores.
#   benchmarks/run.sh            the full profile
#   benchmarks/run.sh --quick    a smoke run (small sizes, short iterations), for checking the script
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh" "$@"
# raw results are kept beside the script, so the report can be rewritten without measuring again:
#   node benchmarks/js/report.mjs benchmarks/results/{jmh,ffjs,machine}.json > docs/performance.md

echo "== snark4j (JMH)" >&2
"$JAVA_HOME/bin/java" -jar benchmarks/target/benchmarks.jar "${jmh_args[@]}" \
  -jvmArgsAppend "--add-modules jdk.incubator.vector -Dsnark4j.simd.warmUp=none" \
  -rf json -rff "$out/jmh.json" -e 'Bls12381' 'org.snark4j.benchmarks.*' >&2
echo "== snark4j (JMH), scalar kernels: no Vector API module" >&2
"$JAVA_HOME/bin/java" -jar benchmarks/target/benchmarks.jar "${jmh_args[@]}" \
  -rf json -rff "$out/jmh-scalar.json" 'org.snark4j.benchmarks.MsmBench.msmG[12]$' 'org.snark4j.benchmarks.NttBench' >&2

# the results are kept in the repository: the JVM's path on this machine is left out of them
for f in "$out/jmh.json" "$out/jmh-scalar.json"; do
  sed -i -E 's#"jvm"( ?): "[^"]*"#"jvm"\1: "java"#' "$f"
done

echo "== ffjavascript" >&2
node benchmarks/js/ffjavascript-bench.mjs interop $quick > "$out/ffjs.json"

benchmarks/machine.sh "$JAVA_HOME" $quick ffjavascript > "$out/machine.json"

node benchmarks/js/report.mjs "$out/jmh.json" "$out/ffjs.json" "$out/machine.json" "$out/jmh-scalar.json" \
  > docs/performance.md
echo "wrote docs/performance.md" >&2
