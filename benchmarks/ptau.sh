#!/usr/bin/env bash
# The Powers of Tau ceremony, snark4j beside snarkjs, whole process against whole process, one run each (the
# steps are long): new, contribute (twice: the first multiplies generators, the second arbitrary points),
# prepare phase2 and verify, at the powers given; snarkjs only up to 2^12 (its prepare phase2 takes about an
# hour at 2^16 here). Each tool verifies the other's prepared file. Writes docs/performance-ptau.md.
#   benchmarks/ptau.sh            powers 10 and 12, and 16 for snark4j alone
#   benchmarks/ptau.sh 8 10 -- 14 16   snarkjs and snark4j at 8 and 10; snark4j alone at 14 and 16
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. .ci/jdk.sh
snark4j_find_jdk
both=()
ours_only=()
if [ $# -eq 0 ]; then
  both=(10 12)
  ours_only=(16)
else
  target=both
  for a in "$@"; do
    if [ "$a" = "--" ]; then target=ours_only; continue; fi
    if [ "$target" = both ]; then both+=("$a"); else ours_only+=("$a"); fi
  done
fi
if [ ! -d interop/node_modules ]; then
  (cd interop && npm ci --no-audit --no-fund --loglevel=error)
fi
./mvnw -q -B -ntp -DskipTests -pl cli -am package
snarkjs=(node "$root/interop/node_modules/snarkjs/build/cli.cjs")
ours=("$JAVA_HOME/bin/java" -cp "$root/cli/target/snark4j-cli.jar:$root/cli/target/lib/*" org.snark4j.cli.Main)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# one run: "seconds MB"
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/out" "$work/err" >&2; exit 1; }
  awk '{printf "%.1f s, %.0f MB", $1, $2 / 1024}' "$work/time"
}

table="| power | step | snarkjs 0.7.6 | snark4j |
|---|---|---|---|"
steps() { # tool, dir, power: prints one line per step
  local tool=$1 d=$2 p=$3
  local -a cmd
  if [ "$tool" = js ]; then cmd=("${snarkjs[@]}"); else cmd=("${ours[@]}"); fi
  echo "== 2^$p: $tool" >&2
  measure "${cmd[@]}" powersoftau new bn128 "$p" "$d/${tool}0.ptau"; echo
  measure "${cmd[@]}" powersoftau contribute "$d/${tool}0.ptau" "$d/${tool}1.ptau" -n=a -e=bench; echo
  measure "${cmd[@]}" powersoftau contribute "$d/${tool}1.ptau" "$d/${tool}2.ptau" -n=b -e=bench; echo
  measure "${cmd[@]}" powersoftau prepare phase2 "$d/${tool}2.ptau" "$d/${tool}.ptau"; echo
  measure "${cmd[@]}" powersoftau verify "$d/${tool}.ptau"; echo
}
run() { # power, with snarkjs (1/0)
  local p=$1 js=$2 d="$work/p$1"
  mkdir -p "$d"
  local names=("new" "contribute (first)" "contribute (second)" "prepare phase2" "verify")
  local -a t_js=() t_ours=()
  mapfile -t t_ours < <(steps ours "$d" "$p")
  [ ${#t_ours[@]} -eq 5 ] || { echo "snark4j failed at 2^$p" >&2; exit 1; }
  if [ "$js" = 1 ]; then
    mapfile -t t_js < <(steps js "$d" "$p")
    [ ${#t_js[@]} -eq 5 ] || { echo "snarkjs failed at 2^$p" >&2; exit 1; }
    # each verifies the other's prepared file
    "${snarkjs[@]}" powersoftau verify "$d/ours.ptau" > /dev/null
    "${ours[@]}" powersoftau verify "$d/js.ptau" > /dev/null
  fi
  for i in "${!names[@]}"; do
    table+=$'\n'"| 2^$p | ${names[$i]} | ${t_js[$i]:-not run} | ${t_ours[$i]} |"
  done
  rm -rf "$d"
}
for p in "${both[@]}"; do run "$p" 1; done
for p in "${ours_only[@]}"; do run "$p" 0; done

report="# Powers of Tau: snark4j beside snarkjs

Written by \`benchmarks/ptau.sh $*\` on $(date -u +%Y-%m-%d): whole processes (JVM or Node.js start included),
one run each, wall time and peak RSS from \`/usr/bin/time\`. \"not run\": snarkjs's prepare phase2 takes about an
hour at 2^16 on this machine (\`../shared/REFERENCE-TOOLS.md\`). Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1).

$table
"
echo "$report" > docs/performance-ptau.md
echo "$report"
