package org.snark4j.prover;

import java.math.BigInteger;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.Fp2;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;

/**
 * The deterministic randomness snarkjs's ceremonies depend on, reproduced from its observable behaviour (known
 * answers from ffjavascript 0.3.1 in {@code hash-to-g2.json}): a ChaCha20 block function keyed by eight 32-bit
 * words with a 128-bit block counter and no nonce, read a word at a time; field elements drawn as 254-bit values
 * below p taken as Montgomery forms; and {@link #hashToG2}, the G2 point a phase-2 contribution's proof of
 * knowledge is checked against.
 */
final class SnarkjsRandom {
  private final int[] state = new int[16];
  private final int[] block = new int[16];
  private int index = 16;

  /** Keyed by eight words. */
  SnarkjsRandom(int[] seed) {
    if (seed.length != 8) {
      throw new IllegalArgumentException("a ChaCha seed is 8 words, got " + seed.length);
    }
    state[0] = 0x61707865;
    state[1] = 0x3320646E;
    state[2] = 0x79622D32;
    state[3] = 0x6B206574;
    System.arraycopy(seed, 0, state, 4, 8);
  }

  /** Keyed by the first 32 bytes of a hash, read as big-endian words (as snarkjs's hashToG2 does). */
  static SnarkjsRandom fromHash(byte[] hash) {
    if (hash.length < 32) {
      throw new IllegalArgumentException("a seed hash needs at least 32 bytes, got " + hash.length);
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(hash);
    int[] seed = new int[8];
    for (int i = 0; i < 8; i++) {
      seed[i] = b.getInt(4 * i);
    }
    return new SnarkjsRandom(seed);
  }

  int nextU32() {
    if (index == 16) {
      refill();
    }
    return block[index++];
  }

  /** The first word is the high half. */
  long nextU64() {
    long hi = nextU32() & 0xFFFFFFFFL;
    long lo = nextU32() & 0xFFFFFFFFL;
    return hi << 32 | lo;
  }

  boolean nextBool() {
    return (nextU32() & 1) == 1;
  }

  private void refill() {
    System.arraycopy(state, 0, block, 0, 16);
    for (int i = 0; i < 10; i++) {
      quarter(block, 0, 4, 8, 12);
      quarter(block, 1, 5, 9, 13);
      quarter(block, 2, 6, 10, 14);
      quarter(block, 3, 7, 11, 15);
      quarter(block, 0, 5, 10, 15);
      quarter(block, 1, 6, 11, 12);
      quarter(block, 2, 7, 8, 13);
      quarter(block, 3, 4, 9, 14);
    }
    for (int i = 0; i < 16; i++) {
      block[i] += state[i];
    }
    index = 0;
    for (int i = 12; i < 16 && ++state[i] == 0; i++) {
      // carry into the next counter word
    }
  }

  private static void quarter(int[] s, int a, int b, int c, int d) {
    s[a] += s[b];
    s[d] = Integer.rotateLeft(s[d] ^ s[a], 16);
    s[c] += s[d];
    s[b] = Integer.rotateLeft(s[b] ^ s[c], 12);
    s[a] += s[b];
    s[d] = Integer.rotateLeft(s[d] ^ s[a], 8);
    s[c] += s[d];
    s[b] = Integer.rotateLeft(s[b] ^ s[c], 7);
  }

  /**
   * ffjavascript's field draw: four 64-bit words as little-endian limbs, masked to the modulus's bit length,
   * redrawn until below it. The value is then taken as a Montgomery form, so the element is v·2^-256.
   */
  private BigInteger nextRaw(BigInteger modulus) {
    BigInteger mask = BigInteger.ONE.shiftLeft(modulus.bitLength()).subtract(BigInteger.ONE);
    while (true) {
      long[] limbs = new long[4];
      for (int i = 0; i < 4; i++) {
        limbs[i] = nextU64();
      }
      BigInteger v = BigInteger.ZERO;
      for (int i = 3; i >= 0; i--) {
        v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(limbs[i])));
      }
      v = v.and(mask);
      if (v.compareTo(modulus) < 0) {
        return v;
      }
    }
  }

  Fp nextFp() {
    return Fp.of(nextRaw(Fp.MODULUS).multiply(R_INV_P).mod(Fp.MODULUS));
  }

  org.snark4j.core.bn254.Fr nextFr() {
    BigInteger r = org.snark4j.core.bn254.Fr.MODULUS;
    return org.snark4j.core.bn254.Fr.of(nextRaw(r).multiply(R_INV_R).mod(r));
  }

  private static final BigInteger R_INV_P = BigInteger.ONE.shiftLeft(256).modInverse(Fp.MODULUS);
  private static final BigInteger R_INV_R =
      BigInteger.ONE.shiftLeft(256).modInverse(org.snark4j.core.bn254.Fr.MODULUS);

  /** A G1 point as ffjavascript draws one: x, a sign bit, until x³ + 3 is a square; y the root with that sign. */
  org.snark4j.core.bn254.G1Affine nextG1() {
    while (true) {
      Fp x = nextFp();
      boolean greatest = nextBool();
      java.util.Optional<Fp> root = x.square().multiply(x).add(Fp.of(3)).sqrt();
      if (root.isEmpty()) {
        continue;
      }
      Fp y = root.get();
      if (SnarkjsBinaryCodec.isNegative(y) != greatest) {
        y = y.negate();
      }
      return org.snark4j.core.bn254.G1Affine.of(x, y);
    }
  }

  /** snarkjs's beacon generator: SHA-256 applied 2^numIterationsExp times to the beacon hash, then ChaCha. */
  static SnarkjsRandom fromBeacon(byte[] beaconHash, int numIterationsExp) {
    if (numIterationsExp < 10 || numIterationsExp > 63) {
      throw new IllegalArgumentException("numIterationsExp must be 10..63, got " + numIterationsExp);
    }
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    byte[] h = beaconHash;
    for (long i = 0, n = 1L << numIterationsExp; i != n; i++) {
      h = sha.digest(h);
    }
    return fromHash(h);
  }

  private static final Fp2 TWIST_B = Fp2.of(BigInteger.valueOf(3), BigInteger.ZERO)
      .multiply(Fp2.XI.inverse());
  private static final BigInteger G2_COFACTOR = new BigInteger(
      "21888242871839275222246405745257275088844257914179612981679871602714643921549");

  /**
   * snarkjs's hashToG2: x drawn in Fp2 (c0 then c1) with a sign bit after it, until x³ + b is a square; y its
   * root with the drawn sign; then times the cofactor.
   */
  static G2Affine hashToG2(byte[] hash) {
    SnarkjsRandom rng = fromHash(hash);
    while (true) {
      Fp2 x = Fp2.of(rng.nextFp(), rng.nextFp());
      boolean greatest = rng.nextBool();
      Fp2 rhs = x.square().multiply(x).add(TWIST_B);
      java.util.Optional<Fp2> root = rhs.sqrt();
      if (root.isEmpty()) {
        continue;
      }
      Fp2 y = root.get();
      if (SnarkjsBinaryCodec.isNegative(y) != greatest) {
        y = y.negate();
      }
      return timesCofactor(G2Affine.ofUnchecked(x, y));
    }
  }

  /** [h]p by double-and-add over the whole integer (multiply reduces scalars mod r: wrong off the subgroup). */
  private static G2Affine timesCofactor(G2Affine p) {
    org.snark4j.core.bn254.G2Jacobian acc = org.snark4j.core.bn254.G2Jacobian.INFINITY;
    for (int i = G2_COFACTOR.bitLength() - 1; i >= 0; i--) {
      acc = acc.twice();
      if (G2_COFACTOR.testBit(i)) {
        acc = acc.addMixed(p);
      }
    }
    return acc.toAffine();
  }
}
