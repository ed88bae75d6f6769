package org.snark4j.verifier;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.snark4j.core.bn254.EvmCodec;
import org.snark4j.core.bn254.Fr;

/**
 * Fuzzes the verifier with proofs and public inputs around an honest triple (iden3's credential circuit, the
 * shared vectors' one key that went through a contribution): whatever comes, {@code verify} returns false or
 * throws an {@link IllegalArgumentException}, and returns true only for the honest proof and inputs. The input is
 * the proof in the EVM's 256 bytes (a, b, c) followed by the inputs as 32-byte words; the seed is the honest
 * triple so encoded ({@link #main} writes it).
 */
class VerifierFuzzTest {
  private static final Groth16VerifierTest.Triple HONEST = honest();
  private static final Groth16Verifier VERIFIER = Groth16Verifier.of(HONEST.vk());
  private static final byte[] HONEST_BYTES = encode(HONEST.proof(), HONEST.inputs().toArray(Fr[]::new));

  private static Groth16VerifierTest.Triple honest() {
    try {
      return Groth16VerifierTest.triple("iden3-go-iden3-auth-atomicQueryMTPV2");
    } catch (Exception e) {
      throw new IllegalStateException("the honest triple does not load", e);
    }
  }

  private static byte[] encode(Groth16Proof proof, Fr[] inputs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(EvmCodec.encodeG1(proof.a()));
    out.writeBytes(EvmCodec.encodeG2(proof.b()));
    out.writeBytes(EvmCodec.encodeG1(proof.c()));
    for (Fr x : inputs) {
      out.writeBytes(EvmCodec.encodeFr(x));
    }
    return out.toByteArray();
  }

  @FuzzTest(maxDuration = "10m")
  void proofAndInputs(byte[] data) {
    if (data.length < 256 || (data.length - 256) % 32 != 0) {
      return; // not a proof and inputs: the decoders' own targets cover malformed encodings
    }
    Groth16Proof proof;
    try {
      proof = new Groth16Proof(EvmCodec.decodeG1(data, 0), EvmCodec.decodeG2(data, 64), EvmCodec.decodeG1(data, 192));
    } catch (IllegalArgumentException notAPoint) {
      return;
    }
    BigInteger[] inputs = new BigInteger[(data.length - 256) / 32];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = new BigInteger(1, Arrays.copyOfRange(data, 256 + 32 * i, 288 + 32 * i));
    }
    boolean accepted;
    try {
      accepted = VERIFIER.verify(proof, inputs);
    } catch (IllegalArgumentException refused) {
      return; // an input not below r, or the wrong count
    }
    if (accepted && !Arrays.equals(data, HONEST_BYTES)) {
      throw new AssertionError("accepted a proof and inputs that are not the honest ones");
    }
  }

  /** Writes the seed: the honest triple's proof and inputs as the target reads them. */
  public static void main(String[] args) throws Exception {
    Path seed = Path.of(args.length > 0 ? args[0]
        : "src/test/resources/org/snark4j/verifier/VerifierFuzzTestInputs/proofAndInputs/seed-honest");
    Files.createDirectories(seed.getParent());
    Files.write(seed, HONEST_BYTES);
  }
}
