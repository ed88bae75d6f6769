package org.snark4j.bridge.substrate;

import java.math.BigInteger;
import org.snark4j.bridge.evm.Abi;
import org.snark4j.bridge.evm.EvmKey;

/**
 * A secp256k1 ECDSA key as Substrate uses it (MultiSignature variant 2): it signs blake2_256 of the signing payload
 * (deterministic RFC 6979 nonces, low s) as 65 bytes r ‖ s ‖ recovery id, and its account id is blake2_256 of the
 * 33-byte compressed public key. From a 32-byte secret, or from Substrate's development phrase with hard
 * junctions ({@code //Alice}, tag "Secp256k1HDKD"). {@link #toString} does not show the secret.
 */
public final class EcdsaKey implements Signer {
  private final EvmKey key;
  private final byte[] publicKey;
  private final byte[] accountId;

  private EcdsaKey(byte[] secret) {
    try {
      this.key = EvmKey.fromBytes(secret);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().replace("a private key", "a secp256k1 secret"));
    }
    this.publicKey = key.compressedPublicKey();
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
    BigInteger[] vrs = key.sign(Hashers.blake2_256(payload));
    byte[] out = new byte[65];
    System.arraycopy(Abi.word(vrs[1]), 0, out, 0, 32);
    System.arraycopy(Abi.word(vrs[2]), 0, out, 32, 32);
    out[64] = vrs[0].byteValue();
    return out;
  }

  @Override
  public String toString() {
    return "EcdsaKey(" + address(Ss58.SUBSTRATE) + ")";
  }
}
