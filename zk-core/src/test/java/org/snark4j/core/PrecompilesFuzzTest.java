package org.snark4j.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Function;
import org.snark4j.core.bls12_381.Bls12381Precompiles;
import org.snark4j.core.bn254.Bn254Precompiles;

/**
 * Coverage-guided fuzzing of Ethereum's precompiles as a Java EVM would call them, with any transaction's
 * calldata. The contract: the precompile's output, always of its fixed length, or an
 * {@link IllegalArgumentException} saying what was wrong; never another exception, an error of the JVM or a
 * hang. The seeds are inputs of go-ethereum's precompile vectors (see
 * {@code src/test/resources/vectors/evm-precompiles/ORIGIN.md}), one or two a precompile, in
 * {@code src/test/resources/org/snark4j/core/PrecompilesFuzzTestInputs/<target>/}; a normal test run replays
 * them and every committed finding, {@code .ci/fuzz} fuzzes.
 */
class PrecompilesFuzzTest {
  private static void call(Function<byte[], byte[]> precompile, byte[] input, int outputLength) {
    byte[] out;
    try {
      out = precompile.apply(input);
    } catch (IllegalArgumentException refused) {
      return; // the documented refusal
    }
    if (out.length != outputLength) {
      throw new AssertionError("output of " + out.length + " bytes, expected " + outputLength);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void bn254Add(byte[] input) {
    call(Bn254Precompiles::add, input, 64);
  }

  @FuzzTest(maxDuration = "10m")
  void bn254Mul(byte[] input) {
    call(Bn254Precompiles::mul, input, 64);
  }

  @FuzzTest(maxDuration = "10m")
  void bn254Pairing(byte[] input) {
    call(Bn254Precompiles::pairing, input, 32);
  }

  @FuzzTest(maxDuration = "10m")
  void blsG1Add(byte[] input) {
    call(Bls12381Precompiles::g1Add, input, 128);
  }

  @FuzzTest(maxDuration = "10m")
  void blsG2Add(byte[] input) {
    call(Bls12381Precompiles::g2Add, input, 256);
  }

  @FuzzTest(maxDuration = "10m")
  void blsG1Msm(byte[] input) {
    call(Bls12381Precompiles::g1Msm, input, 128);
  }

  @FuzzTest(maxDuration = "10m")
  void blsG2Msm(byte[] input) {
    call(Bls12381Precompiles::g2Msm, input, 256);
  }

  @FuzzTest(maxDuration = "10m")
  void blsPairing(byte[] input) {
    call(Bls12381Precompiles::pairingCheck, input, 32);
  }

  @FuzzTest(maxDuration = "10m")
  void blsMapG1(byte[] input) {
    call(Bls12381Precompiles::mapFpToG1, input, 128);
  }

  @FuzzTest(maxDuration = "10m")
  void blsMapG2(byte[] input) {
    call(Bls12381Precompiles::mapFp2ToG2, input, 256);
  }
}
