package org.snark4j.bridge.substrate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Substrate's development keys: the mini secret of the development phrase ("bottom drive obey lake curtain smoke
 * basket hold race lonely fit walk") and hard junctions such as {@code //Alice}. Each junction replaces the seed
 * by blake2_256(SCALE(tag, seed, chain code)), the tag naming the scheme ("Ed25519HDKD", "Secp256k1HDKD") and the
 * chain code being the junction SCALE-encoded (a number as u64, else a string), padded or hashed to 32 bytes.
 */
final class DevDerivation {
  /** The entropy of the development phrase. */
  private static final byte[] DEV_ENTROPY = java.util.HexFormat.of().parseHex("1a486a5fbe53639984cb64b070755f7b");

  private DevDerivation() {}

  /** The 32-byte seed of {@code path} ("//Alice", "//Bob//stash") for the scheme {@code tag}. */
  static byte[] seed(String path, String tag, String scheme) {
    if (!path.startsWith("//") || path.replace("//", "").contains("/")) {
      throw new IllegalArgumentException(scheme + " keys derive by hard junctions only (\"//Alice\"), got \"" + path
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
      byte[] input = new ScaleWriter().string(tag).raw(seed).raw(chainCode(junction)).toByteArray();
      seed = Hashers.blake2_256(input);
    }
    return seed;
  }

  private static byte[] chainCode(String junction) {
    byte[] encoded;
    if (junction.matches("[0-9]{1,19}")) {
      encoded = new ScaleWriter().u64(Long.parseUnsignedLong(junction)).toByteArray();
    } else {
      encoded = new ScaleWriter().string(junction).toByteArray();
    }
    return encoded.length > 32 ? Hashers.blake2_256(encoded) : Arrays.copyOf(encoded, 32);
  }

  /** 32 bytes from hex (0x optional), named in the error as {@code what}. */
  static byte[] hex32(String hex, String what) {
    String h = hex.strip();
    byte[] b;
    try {
      b = java.util.HexFormat.of().parseHex(h.startsWith("0x") ? h.substring(2) : h);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is 32 bytes of hex, got something else");
    }
    if (b.length != 32) {
      throw new IllegalArgumentException(what + " is 32 bytes, got " + b.length);
    }
    return b;
  }
}
