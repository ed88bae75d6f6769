package org.snark4j.bridge.substrate;

import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.crypto.SECP256K1;

/**
 * A secp256k1 ECDSA key as Substrate uses it (MultiSignature variant 2): it signs blake2_256 of the signing payload
 * (deterministic RFC 6979 nonces, low s) as 65 bytes r ‖ s ‖ recovery id, and its account id is blake2_256 of the
 * 33-byte compressed public key. From a 32-byte secret, or from Substrate's development phrase with hard
 * junctions ({@code //Alice}, tag "Secp256k1HDKD"). {@link #toString} does not show the secret.
 */
public final class EcdsaKey implements Signer {
  static {
    if (java.security.Security.getProvider("BC") == null) {
      java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
    }
  }

  private static final BigInteger N = new BigInteger(
      "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

  private final SECP256K1.KeyPair pair;
  private final byte[] publicKey;
  private final byte[] accountId;

  private EcdsaKey(byte[] secret) {
    BigInteger k = new BigInteger(1, secret);
    if (k.signum() == 0 || k.compareTo(N) >= 0) {
      throw new IllegalArgumentException("a secp256k1 secret must be in [1, n)");
    }
    this.pair = SECP256K1.KeyPair.fromSecretKey(SECP256K1.SecretKey.fromBytes(Bytes32.wrap(secret)));
    this.publicKey = pair.publicKey().asEcPoint().getEncoded(true);
    this.accountId = Hashers.blake2_256(publicKey);
  }

  /** From a 32-byte secret as hex (0x optional). */
  public static EcdsaKey fromSeed(String hex) {
    return new EcdsaKey(DevDerivation.hex32(hex, "a secp256k1 secret"));
  }

  public static EcdsaKey fromSeed(byte[] secret) {
    if (secret.length != 32) {
      throw new IllegalArgumentException("a secp256k1 secret is 32 bytes, got " + secret.length);
    }
    return new EcdsaKey(secret.clone());
  }

  /** From Substrate's development phrase and hard junctions: {@code dev("//Alice")}. */
  public static EcdsaKey dev(String path) {
    return new EcdsaKey(DevDerivation.seed(path, "Secp256k1HDKD", "ECDSA"));
  }

  /** The 33-byte compressed public key. */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  @Override
  public byte[] accountId() {
    return accountId.clone();
  }

  @Override
  public int signatureType() {
    return 2;
  }

  /** r ‖ s ‖ recovery id (65 bytes) over blake2_256(payload). */
  @Override
  public byte[] sign(byte[] payload) {
    SECP256K1.Signature s = SECP256K1.signHashed(Bytes32.wrap(Hashers.blake2_256(payload)), pair);
    byte[] out = new byte[65];
    put32(s.r(), out, 0);
    put32(s.s(), out, 32);
    out[64] = s.v();
    return out;
  }

  private static void put32(BigInteger v, byte[] out, int at) {
    byte[] b = v.toByteArray();
    int n = Math.min(b.length, 32);
    System.arraycopy(b, b.length - n, out, at + 32 - n, n);
  }

  @Override
  public String toString() {
    return "EcdsaKey(" + address(Ss58.SUBSTRATE) + ")";
  }
}
