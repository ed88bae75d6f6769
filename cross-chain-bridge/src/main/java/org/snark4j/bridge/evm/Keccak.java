package org.snark4j.bridge.evm;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** Keccak-256 as Ethereum uses it (the original Keccak padding, not SHA3-256). */
public final class Keccak {
  private Keccak() {}

  public static byte[] hash256(byte[] data) {
    KeccakDigest d = new KeccakDigest(256);
    d.update(data, 0, data.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }

  /** The 4-byte selector of a function signature such as {@code transfer(address,uint256)}. */
  public static byte[] selector(String signature) {
    byte[] h = hash256(signature.getBytes(StandardCharsets.US_ASCII));
    return java.util.Arrays.copyOf(h, 4);
  }
}
