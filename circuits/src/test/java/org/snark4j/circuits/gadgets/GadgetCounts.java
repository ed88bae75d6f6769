package org.snark4j.circuits.gadgets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.gadgets.babyjub.BabyJub;
import org.snark4j.circuits.gadgets.babyjub.BabyJubPoint;
import org.snark4j.circuits.gadgets.eddsa.EddsaPoseidon;
import org.snark4j.circuits.gadgets.cmp.Comparators;
import org.snark4j.circuits.gadgets.hash.Mimc7;
import org.snark4j.circuits.gadgets.hash.MimcSponge;
import org.snark4j.circuits.gadgets.hash.Poseidon;
import org.snark4j.circuits.gadgets.hash.Sha256;
import org.snark4j.circuits.gadgets.merkle.MerkleProof;
import org.snark4j.circuits.gadgets.mux.Mux;

/**
 * The gadgets whose constraint counts are pinned in src/test/resources/constraint-counts.csv, each with the
 * circomlib template that does the same job (or none). Counts are of the gadget alone on secret inputs.
 */
final class GadgetCounts {
  private GadgetCounts() {}

  /** One row: our gadget, and circom source for circomlib's (null when circomlib has no such template). */
  record Entry(String name, Consumer<Api> gadget, String circom) {
    int ours() {
      return CompiledCircuit.compile(gadget::accept, false).r1cs().constraintCount();
    }
  }

  static Variable[] inputs(Api api, int n) {
    Variable[] v = new Variable[n];
    for (int i = 0; i < n; i++) {
      v[i] = api.secretInput("x" + i);
    }
    return v;
  }

  static String main(String include, String component) {
    return "pragma circom 2.0.0;\ninclude \"circomlib/circuits/" + include + "\";\ncomponent main = " + component + ";\n";
  }

  static List<Entry> entries() {
    List<Entry> e = new ArrayList<>();
    for (int n : new int[] {1, 2, 3, 4, 8, 16}) {
      e.add(new Entry("Poseidon(" + n + ")", api -> Poseidon.hash(api, inputs(api, n)),
          main("poseidon.circom", "Poseidon(" + n + ")")));
    }
    e.add(new Entry("MiMC7(91)", api -> { Variable[] v = inputs(api, 2); Mimc7.hash(api, v[0], v[1]); },
        main("mimc.circom", "MiMC7(91)")));
    e.add(new Entry("MiMCFeistel(220)", api -> { Variable[] v = inputs(api, 3); MimcSponge.hash(api, v[0], v[1], v[2]); },
        main("mimcsponge.circom", "MiMCFeistel(220)")));
    e.add(new Entry("MiMCSponge(2, 220, 1)", api -> { Variable[] v = inputs(api, 3);
        MimcSponge.multiHash(api, new Variable[] {v[0], v[1]}, v[2], 1); },
        main("mimcsponge.circom", "MiMCSponge(2, 220, 1)")));
    e.add(new Entry("Sha256(256 bits)", api -> Sha256.hashBits(api, inputs(api, 256)),
        "pragma circom 2.0.0;\ninclude \"circomlib/circuits/sha256/sha256.circom\";\ncomponent main = Sha256(256);\n"));
    e.add(new Entry("LessThan(32)", api -> { Variable[] v = inputs(api, 2); Comparators.lessThan(api, v[0], v[1], 32); },
        main("comparators.circom", "LessThan(32)")));
    e.add(new Entry("LessEqThan(32)", api -> { Variable[] v = inputs(api, 2); Comparators.lessEqThan(api, v[0], v[1], 32); },
        main("comparators.circom", "LessEqThan(32)")));
    e.add(new Entry("IsZero", api -> Comparators.isZero(api, inputs(api, 1)[0]), main("comparators.circom", "IsZero()")));
    e.add(new Entry("IsEqual", api -> { Variable[] v = inputs(api, 2); Comparators.isEqual(api, v[0], v[1]); },
        main("comparators.circom", "IsEqual()")));
    e.add(new Entry("Num2Bits(64)", api -> Comparators.num2Bits(api, inputs(api, 1)[0], 64),
        main("bitify.circom", "Num2Bits(64)")));
    e.add(new Entry("Num2Bits_strict", api -> Comparators.num2BitsStrict(api, inputs(api, 1)[0]),
        main("bitify.circom", "Num2Bits_strict()")));
    e.add(new Entry("Multiplexer(1, 8)", api -> { Variable[] v = inputs(api, 9);
        Mux.select(api, java.util.Arrays.copyOf(v, 8), v[8]); }, main("multiplexer.circom", "Multiplexer(1, 8)")));
    e.add(new Entry("BabyAdd", api -> { Variable[] v = inputs(api, 4);
        BabyJub.add(api, new Variable[] {v[0], v[1]}, new Variable[] {v[2], v[3]}); }, main("babyjub.circom", "BabyAdd()")));
    e.add(new Entry("BabyDbl", api -> BabyJub.twice(api, inputs(api, 2)), main("babyjub.circom", "BabyDbl()")));
    e.add(new Entry("BabyCheck", api -> BabyJub.assertOnCurve(api, inputs(api, 2)), main("babyjub.circom", "BabyCheck()")));
    String b8 = "[" + BabyJubPoint.BASE8.x() + ", " + BabyJubPoint.BASE8.y() + "]";
    e.add(new Entry("EscalarMulAny(254)", api -> { Variable[] v = inputs(api, 256);
        BabyJub.scalarMulAny(api, java.util.Arrays.copyOf(v, 254), new Variable[] {v[254], v[255]}); },
        main("escalarmulany.circom", "EscalarMulAny(254)")));
    e.add(new Entry("EscalarMulFix(253, Base8)", api -> BabyJub.scalarMulFix(api, inputs(api, 253), BabyJubPoint.BASE8),
        main("escalarmulfix.circom", "EscalarMulFix(253, " + b8 + ")")));
    e.add(new Entry("CompConstant(subOrder - 1)", api -> Comparators.greaterThanConstant(api, inputs(api, 254),
        BabyJubPoint.SUB_ORDER.subtract(java.math.BigInteger.ONE)),
        main("compconstant.circom", "CompConstant(" + BabyJubPoint.SUB_ORDER.subtract(java.math.BigInteger.ONE) + ")")));
    e.add(new Entry("EdDSAPoseidonVerifier", api -> { Variable[] v = inputs(api, 7);
        EddsaPoseidon.verify(api, v[0], new Variable[] {v[1], v[2]}, v[3], new Variable[] {v[4], v[5]}, v[6]); },
        main("eddsaposeidon.circom", "EdDSAPoseidonVerifier()")));
    e.add(new Entry("Merkle proof over Poseidon, depth 20", api -> { Variable[] v = inputs(api, 41);
        MerkleProof.root(api, v[0], java.util.Arrays.copyOfRange(v, 1, 21), java.util.Arrays.copyOfRange(v, 21, 41)); },
        null));
    return e;
  }

  /** name -> {ours, circomlib (or -1)} from the CSV text. */
  static Map<String, int[]> parse(String csv) {
    Map<String, int[]> out = new LinkedHashMap<>();
    for (String line : csv.split("\n")) {
      if (line.isBlank() || line.startsWith("gadget,")) {
        continue;
      }
      String[] f = line.split(",");
      out.put(f[0].replace(';', ','), new int[] {Integer.parseInt(f[1]), f[2].equals("-") ? -1 : Integer.parseInt(f[2])});
    }
    return out;
  }

  static String render(Map<String, int[]> rows) {
    StringBuilder sb = new StringBuilder("gadget,snark4j,circomlib (circom 2.2.3 --O2)\n");
    rows.forEach((k, v) -> sb.append(k.replace(',', ';')).append(',').append(v[0]).append(',')
        .append(v[1] < 0 ? "-" : String.valueOf(v[1])).append('\n'));
    return sb.toString();
  }
}
