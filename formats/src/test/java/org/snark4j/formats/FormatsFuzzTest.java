package org.snark4j.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.snark4j.core.bn254.Fr;

/**
 * Coverage-guided fuzzing of every binary decoder here (Jazzer). The contract each keeps: a
 * {@link FormatException} for any input it refuses, never another exception, an error of the JVM, a hang or an
 * allocation sized by a length field rather than by the bytes present. In a normal test run each target replays
 * its committed inputs ({@code src/test/resources/org/snark4j/formats/FormatsFuzzTestInputs/<target>/}: seeds
 * written by {@link FuzzSeeds} and every finding); {@code .ci/fuzz} fuzzes one target for a chosen time.
 */
class FormatsFuzzTest {
  /** Runs the decoder; a FormatException is a refusal, anything else escapes and is a finding. */
  private static void refusedOrRead(Runnable decode) {
    try {
      decode.run();
    } catch (FormatException refused) {
      // the documented refusal
    }
  }

  @FuzzTest(maxDuration = "10m")
  void binFile(byte[] data) {
    refusedOrRead(() -> {
      BinFile f = BinFile.read(data, "fuzz", "zkey");
      for (int type = 0; type < 16; type++) {
        if (f.has(type)) {
          BinFile.Section s = f.section(type, "s" + type);
          while (s.remaining() >= 4) {
            s.u32("word");
          }
        }
      }
    });
  }

  @FuzzTest(maxDuration = "10m")
  void r1cs(byte[] data) {
    refusedOrRead(() -> R1csFile.read(data));
  }

  @FuzzTest(maxDuration = "10m")
  void wtns(byte[] data) {
    refusedOrRead(() -> {
      for (Fr v : WtnsFile.read(data)) {
        v.toBigInteger();
      }
    });
  }

  @FuzzTest(maxDuration = "10m")
  void zkey(byte[] data) {
    refusedOrRead(() -> ZkeyFile.read(BinFile.read(data, ".zkey", "zkey")));
    refusedOrRead(() -> ZkeyFile.history(BinFile.read(data, ".zkey", "zkey")));
  }

  @FuzzTest(maxDuration = "10m")
  void ptau(byte[] data) {
    refusedOrRead(() -> {
      PtauFile p = PtauFile.of(BinFile.read(data, ".ptau", "ptau"));
      int n = 1 << p.power();
      p.alpha1();
      p.beta1();
      p.beta2();
      p.tauG1((2 << p.power()) - 2);
      p.lagrangeG1(n, n - 1);
      p.lagrangeG2(n, 0);
      p.lagrangeAlphaG1(1, 0);
      p.lagrangeBetaG1(n, n - 1);
    });
  }

  @FuzzTest(maxDuration = "10m")
  void contributionParams(byte[] data) {
    refusedOrRead(() -> ContributionParams.parse(data, "fuzz"));
  }
}
