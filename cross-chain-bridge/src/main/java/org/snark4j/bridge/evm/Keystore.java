package org.snark4j.bridge.evm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * Keys from Web3 Secret Storage (version 3) JSON keystores, as geth, ethers and Foundry write them: the key
 * derived from the password by scrypt or PBKDF2-HMAC-SHA256, checked by the MAC (Keccak-256 of the derived key's
 * second half and the ciphertext) before AES-128-CTR decrypts the secret. A wrong password is an
 * {@link IllegalArgumentException} saying so; so is a keystore of another version or cipher, or work factors
 * past what a keystore needs (a file cannot make us spend unbounded memory or time).
 */
public final class Keystore {
  private Keystore() {}

  public static EvmKey decrypt(Path file, char[] password) throws IOException {
    return decrypt(Files.readString(file), password);
  }

  public static EvmKey decrypt(String json, char[] password) throws IOException {
    JsonNode k = EvmRpc.json().readTree(json);
    if (k.path("version").asInt() != 3) {
      throw new IllegalArgumentException("expected a version 3 keystore, got version " + k.path("version"));
    }
    JsonNode c = k.has("crypto") ? k.get("crypto") : k.path("Crypto");
    String cipher = c.path("cipher").asText();
    if (!cipher.equals("aes-128-ctr")) {
      throw new IllegalArgumentException("expected cipher aes-128-ctr, got \"" + cipher + "\"");
    }
    byte[] iv = Hex.decode(c.path("cipherparams").path("iv").asText());
    byte[] ciphertext = Hex.decode(c.path("ciphertext").asText());
    byte[] mac = Hex.decode(c.path("mac").asText());
    JsonNode p = c.path("kdfparams");
    byte[] salt = Hex.decode(p.path("salt").asText());
    int dklen = p.path("dklen").asInt();
    if (dklen < 32 || dklen > 64 || iv.length != 16 || ciphertext.length != 32) {
      throw new IllegalArgumentException("a keystore has dklen ≥ 32, a 16-byte iv and a 32-byte ciphertext; got "
          + dklen + ", " + iv.length + " and " + ciphertext.length);
    }
    byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
    byte[] derived;
    String kdf = c.path("kdf").asText();
    switch (kdf) {
      case "scrypt" -> {
        int n = p.path("n").asInt();
        int r = p.path("r").asInt();
        int par = p.path("p").asInt();
        if (n < 2 || Integer.bitCount(n) != 1 || n > 1 << 20 || r < 1 || r > 16 || par < 1 || par > 16) {
          throw new IllegalArgumentException("scrypt parameters out of range: n " + n + ", r " + r + ", p " + par);
        }
        derived = SCrypt.generate(pw, salt, n, r, par, dklen);
      }
      case "pbkdf2" -> {
        int iterations = p.path("c").asInt();
        if (!p.path("prf").asText().equals("hmac-sha256") || iterations < 1 || iterations > 10_000_000) {
          throw new IllegalArgumentException("pbkdf2 needs prf hmac-sha256 and 1 to 10^7 rounds, got "
              + p.path("prf") + " and " + iterations);
        }
        PKCS5S2ParametersGenerator g = new PKCS5S2ParametersGenerator(new SHA256Digest());
        g.init(pw, salt, iterations);
        derived = ((KeyParameter) g.generateDerivedParameters(8 * dklen)).getKey();
      }
      default -> throw new IllegalArgumentException("expected kdf scrypt or pbkdf2, got \"" + kdf + "\"");
    }
    byte[] macInput = new byte[16 + ciphertext.length];
    System.arraycopy(derived, 16, macInput, 0, 16);
    System.arraycopy(ciphertext, 0, macInput, 16, ciphertext.length);
    if (!MessageDigest.isEqual(Keccak.hash256(macInput), mac)) {
      throw new IllegalArgumentException("wrong password (the keystore's MAC does not match)");
    }
    SICBlockCipher aes = new SICBlockCipher(AESEngine.newInstance());
    aes.init(false, new ParametersWithIV(new KeyParameter(Arrays.copyOf(derived, 16)), iv));
    byte[] secret = new byte[32];
    aes.processBytes(ciphertext, 0, 32, secret, 0);
    EvmKey key = EvmKey.fromBytes(secret);
    Arrays.fill(secret, (byte) 0);
    Arrays.fill(derived, (byte) 0);
    String address = k.path("address").asText("");
    if (!address.isEmpty() && !key.address().equals("0x" + address.replaceFirst("^0x", "").toLowerCase())) {
      throw new IllegalArgumentException("the keystore decrypts to " + key.address() + ", not its address " + address);
    }
    return key;
  }
}
