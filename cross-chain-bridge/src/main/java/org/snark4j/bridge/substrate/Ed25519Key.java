package org.snark4j.bridge.substrate;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 signing key (Bouncy Castle) as Substrate uses it: from a 32-byte seed, or from Substrate's
 * development phrase with hard derivations such as {@code //Alice} (each junction: seed ←
 * blake2_256(SCALE("Ed25519HDKD", seed, chain code)), the chain code being the SCALE-encoded junction padded or
 * hashed to 32 bytes). The account id is the public key. {@link #toString} does not show the seed.
 */
public final class Ed25519Key implements Signer {
  private final Ed25519PrivateKeyParameters key;
  private final byte[] publicKey;

  private Ed25519Key(byte[] seed) {
    this.key = new Ed25519PrivateKeyParameters(seed, 0);
    this.publicKey = key.generatePublicKey().getEncoded();
  }

  /** From a 32-byte seed as hex (0x optional). */
  public static Ed25519Key fromSeed(String hex) {
    return new Ed25519Key(DevDerivation.hex32(hex, "an Ed25519 seed"));
  }

  public static Ed25519Key fromSeed(byte[] seed) {
    if (seed.length != 32) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, got " + seed.length);
    }
    return new Ed25519Key(seed.clone());
  }

  /**
   * From Substrate's development phrase and hard junctions: {@code dev("//Alice")}, {@code dev("//Bob//stash")}.
   * Soft junctions ({@code /x}) do not exist for Ed25519 and are refused.
   */
  public static Ed25519Key dev(String path) {
    return new Ed25519Key(DevDerivation.seed(path, "Ed25519HDKD", "Ed25519"));
  }

  /** The 32-byte public key, which is also the account id. */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  @Override
  public byte[] accountId() {
    return publicKey.clone();
  }

  @Override
  public int signatureType() {
    return 0;
  }

  @Override
  public byte[] sign(byte[] message) {
    Ed25519Signer s = new Ed25519Signer();
    s.init(true, key);
    s.update(message, 0, message.length);
    return s.generateSignature();
  }

  @Override
  public String toString() {
    return "Ed25519Key(" + address(Ss58.SUBSTRATE) + ")";
  }
}
