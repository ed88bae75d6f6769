package org.snark4j.bridge.substrate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 signing key (Bouncy Castle) as Substrate uses it: from a 32-byte seed, or from Substrate's
 * development phrase with hard derivations such as {@code //Alice} (each junction: seed ←
 * blake2_256(SCALE("Ed25519HDKD", seed, chain code)), the chain code being the SCALE-encoded junction padded or
 * hashed to 32 bytes). The account id is the public key. {@link #toString} does not show the seed.
 */
public final class Ed25519Key {
  /** The entropy of Substrate's development phrase "bottom drive obey lake curtain smoke basket hold race lonely fit walk". */
  private static final byte[] DEV_ENTROPY = java.util.HexFormat.of().parseHex("1a486a5fbe53639984cb64b070755f7b");

  private final Ed25519PrivateKeyParameters key;
  private final byte[] publicKey;

  private Ed25519Key(byte[] seed) {
    this.key = new Ed25519PrivateKeyParameters(seed, 0);
    this.publicKey = key.generatePublicKey().getEncoded();
  }

  /** From a 32-byte seed as hex (0x optional). */
  public static Ed25519Key fromSeed(String hex) {
    String h = hex.strip();
    byte[] seed;
    try {
      seed = java.util.HexFormat.of().parseHex(h.startsWith("0x") ? h.substring(2) : h);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes of hex, got something else");
    }
    return fromSeed(seed);
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
    if (!path.startsWith("//") || path.replace("//", "").contains("/")) {
      throw new IllegalArgumentException("Ed25519 keys derive by hard junctions only (\"//Alice\"), got \"" + path
          + "\"");
    }
    // the mini secret: PBKDF2-HMAC-SHA512 of the phrase's entropy with salt "mnemonic", 2048 rounds, 32 bytes
    PKCS5S2ParametersGenerator g = new PKCS5S2ParametersGenerator(new SHA512Digest());
    g.init(DEV_ENTROPY, "mnemonic".getBytes(StandardCharsets.US_ASCII), 2048);
    byte[] seed = Arrays.copyOf(((KeyParameter) g.generateDerivedParameters(512)).getKey(), 32);
    for (String junction : path.substring(2).split("//")) {
      if (junction.isEmpty()) {
        throw new IllegalArgumentException("an empty junction in \"" + path + "\"");
      }
      seed = hardDerive(seed, chainCode(junction));
    }
    return new Ed25519Key(seed);
  }

  /** A junction's chain code: a number as u64 little-endian, else the SCALE string; padded or hashed to 32 bytes. */
  private static byte[] chainCode(String junction) {
    byte[] encoded;
    if (junction.matches("[0-9]{1,19}")) {
      encoded = new ScaleWriter().u64(Long.parseUnsignedLong(junction)).toByteArray();
    } else {
      encoded = new ScaleWriter().string(junction).toByteArray();
    }
    return encoded.length > 32 ? Hashers.blake2_256(encoded) : Arrays.copyOf(encoded, 32);
  }

  private static byte[] hardDerive(byte[] seed, byte[] chainCode) {
    byte[] input = new ScaleWriter().string("Ed25519HDKD").raw(seed).raw(chainCode).toByteArray();
    return Hashers.blake2_256(input);
  }

  /** The 32-byte public key, which is also the account id. */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  public String address(int ss58Prefix) {
    return Ss58.encode(publicKey, ss58Prefix);
  }

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
