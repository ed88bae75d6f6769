#!/usr/bin/env bash
# Groth16 prove and verify, snark4j beside snarkjs, whole process against whole process, on the same .zkey
# and witness in one run, for two circuits filling a domain of 2^k (a multiplication chain, and Poseidon Merkle
# membership proofs of depth 20; see Groth16Fixture). snark4j runs as the launcher runs it (SIMD kernels, warmed
# up from 2^18 on) with a heap of 1500 MiB. Then, in one JVM with the same flags, the key read and a prepared
# prover's proofs (Groth16InProcess). Prints Markdown tables (wall time and peak RSS, median of 3; the in-process
# figures) and writes them to docs/performance-groth16.md.
#   benchmarks/groth16.sh               sizes 2^10 and 2^16
#   benchmarks/groth16.sh 10 16 18 20   the sizes given (about 40 minutes in all; 2^20 is measured once)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. .ci/jdk.sh
snark4j_find_jdk
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 16)

if [ ! -d interop/node_modules ]; then
  (cd interop && npm ci --no-audit --no-fund --loglevel=error)
fi
./mvnw -q -B -ntp -DskipTests -pl benchmarks,cli -am package
snarkjs="$root/interop/node_modules/snarkjs/build/cli.cjs"
java="$JAVA_HOME/bin/java"
# as the snark4j launcher runs it: the Vector API module and lower compile thresholds for the SIMD kernels
cli=(-Xmx1500m --add-modules jdk.incubator.vector -XX:CompileCommand=quiet
  -XX:CompileCommand=CompileThresholdScaling,org.snark4j.core.bn254.internal.FpVector::*,0.05
  -XX:CompileCommand=CompileThresholdScaling,org.snark4j.core.bn254.internal.FrVector::*,0.05
  -cp "$root/cli/target/snark4j-cli.jar:$root/cli/target/lib/*" org.snark4j.cli.Main)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median of $runs runs of a command: "seconds MB"
measure() {
  local runs=()
  for _ in $(seq "$nruns"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
    runs+=("$(cat "$work/time")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(( (nruns + 1) / 2 ))p" | awk '{printf "%.2f %.0f", $1, $2 / 1024}'
}

table="| circuit | step | snarkjs 0.7.6 | snark4j | speed-up |
|---|---|---|---|---|"
inproc="| circuit | key read: first / best | prove (median) | last proof's phases |
|---|---|---|---|"
for k in "${sizes[@]}"; do
for circuit in chain merkle; do
  d="$work/k$k-$circuit"
  nruns=$([ "$k" -ge 20 ] && echo 1 || echo 3) # 2^20 once: a run takes minutes
  label=$([ "$circuit" = chain ] && echo "2^$k multiplication chain" || echo "2^$k Poseidon Merkle proofs")
  echo "== $label: fixture (development setup)" >&2
  # the fixture (compile, solve, development setup, files) is not measured: it gets a larger heap
  "$java" -Xmx16g -cp "$root/benchmarks/target/benchmarks.jar" org.snark4j.benchmarks.Groth16Fixture "$k" "$d" \
    "$circuit" >&2
  echo "== $label: prove" >&2
  js=$(measure node --max-old-space-size=8192 "$snarkjs" groth16 prove "$d/circuit.zkey" "$d/witness.wtns" \
    "$d/js_proof.json" "$d/js_public.json")
  ours=$(measure "$java" "${cli[@]}" groth16 prove "$d/circuit.zkey" "$d/witness.wtns" "$d/proof.json" "$d/public.json")
  # each proof checked by the other tool (the key is a development one: hence the override)
  node "$snarkjs" groth16 verify "$d/verification_key.json" "$d/public.json" "$d/proof.json" | grep -q OK
  "$java" "${cli[@]}" groth16 verify --allow-uncontributed-key "$d/verification_key.json" "$d/js_public.json" \
    "$d/js_proof.json" | grep -q OK
  echo "== $label: verify" >&2
  jsv=$(measure node "$snarkjs" groth16 verify "$d/verification_key.json" "$d/public.json" "$d/proof.json")
  oursv=$(measure "$java" "${cli[@]}" groth16 verify --allow-uncontributed-key "$d/verification_key.json" \
    "$d/public.json" "$d/proof.json")
  row() {
    read -r jt jm <<< "$2"
    read -r ot om <<< "$3"
    echo "| $label | $1 | $jt s, $jm MB | $ot s, $om MB | $(awk "BEGIN{printf \"%.1f×\", $jt / $ot}") |"
  }
  table+=$'\n'"$(row "groth16 prove" "$js" "$ours")"
  table+=$'\n'"$(row "groth16 verify" "$jsv" "$oursv")"
  printf '%s\n' "$(row "groth16 prove" "$js" "$ours")" "$(row "groth16 verify" "$jsv" "$oursv")" >&2
  echo "== $label: in process" >&2
  proofs=$([ "$k" -ge 20 ] && echo 4 || echo 8)
  reads=$([ "$k" -ge 20 ] && echo 3 || echo 8)
  "$java" "${cli[@]:0:6}" -cp "$root/benchmarks/target/benchmarks.jar" org.snark4j.benchmarks.Groth16InProcess \
    "$d/circuit.zkey" "$d/witness.wtns" "$proofs" "$reads" > "$work/inproc" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r _ rf rd pr < <(grep '^summary' "$work/inproc")
  phases=$(grep '^prove' "$work/inproc" | tail -1 | sed -E 's/^[^(]*\((.*)\)$/\1/')
  inproc+=$'\n'"| $label | $rf s / $rd s | $pr s | $phases |"
  tail -1 <<< "$inproc" >&2
  rm -rf "$d"
done
done

report="# Groth16: snark4j beside snarkjs

Written by \`benchmarks/groth16.sh ${sizes[*]}\` on $(date -u +%Y-%m-%d): whole processes (JVM or Node.js start
included), the same \`.zkey\` and witness for both, median of 3 (one run at 2^20); peak RSS from
\`/usr/bin/time\`; snark4j as the \`snark4j\` launcher runs it (\`--add-modules jdk.incubator.vector\`, the SIMD
kernels warmed up from 2^18 on) with a heap of 1500 MiB (\`-Xmx1500m\`, the memory bound a 2^20 proof keeps). Each proof
is verified by the other tool in the same run. Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//') ($(grep -qw avx512f /proc/cpuinfo && echo AVX-512 || echo AVX2)), $("$java" -version 2>&1 | head -1).

$table

In process (\`org.snark4j.benchmarks.Groth16InProcess\`, the same flags and heap, with the JIT warm: what a
long-lived service pays): the key read, the first in the JVM and the best of 8 (3 from 2^20 on) as the JIT
warms, then a prepared prover's proofs (8 below 2^20, 4 from 2^20 on), the median of those after the first,
and the phases of the last one in seconds.

$inproc

Peak RSS includes the pages of the memory-mapped \`.zkey\` and the JVM's own memory beside its heap: at 2^20
the heap stayed within 1500 MiB (no run failed) while RSS reached more. Whole-process verification is JVM start
(about 0.5 s) against Node.js start; one verification in process takes about 2.5 ms. Where a proof's time
goes inside the JVM (key read, constraints and NTTs, each MSM), before and after the SIMD kernels: docs/groth16.md.
A short process proves below 2^18 on the scalar kernels: compiling the SIMD ones costs it more than they save.
"
echo "$report" > docs/performance-groth16.md
echo "$report"
