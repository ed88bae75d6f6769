package org.snark4j.bridge.evm;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.crypto.SECP256K1;

/**
 * A secp256k1 signing key and its Ethereum address (the last 20 bytes of Keccak-256 of the uncompressed public
 * key). Signatures are deterministic (RFC 6979) with a low s, as Ethereum requires. {@link #toString} does not
 * show the secret. Tuweni's secp256k1 looks up Bouncy Castle as the JCA provider "BC": it is registered on first
 * use if nobody has.
 */
public final class EvmKey {
  static {
    if (java.security.Security.getProvider("BC") == null) {
      java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
    }
  }

  private static final BigInteger N = new BigInteger(
      "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

  private final SECP256K1.KeyPair pair;
  private final String address;

  private EvmKey(SECP256K1.KeyPair pair) {
    this.pair = pair;
    byte[] pub = pair.publicKey().bytes().toArrayUnsafe();
    this.address = Hex.encode(Arrays.copyOfRange(Keccak.hash256(pub), 12, 32));
  }

  /**
   * From a 32-byte secret as hex (0x optional).
   *
   * @throws IllegalArgumentException if it is not 32 bytes or not in [1, n)
   */
  public static EvmKey fromHex(String secret) {
    byte[] b;
    try {
      b = Hex.decode(secret.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a private key is 32 bytes of hex, got something else");
    }
    return fromBytes(b);
  }

  public static EvmKey fromBytes(byte[] secret) {
    if (secret.length != 32) {
      throw new IllegalArgumentException("a private key is 32 bytes, got " + secret.length);
    }
    BigInteger k = new BigInteger(1, secret);
    if (k.signum() == 0 || k.compareTo(N) >= 0) {
      throw new IllegalArgumentException("a private key must be in [1, n) of secp256k1");
    }
    SECP256K1.SecretKey sk = SECP256K1.SecretKey.fromBytes(Bytes32.wrap(secret.clone()));
    return new EvmKey(SECP256K1.KeyPair.fromSecretKey(sk));
  }

  /** The checksum-free lower-case address, 0x and 40 hex digits. */
  public String address() {
    return address;
  }

  /** The 33-byte compressed public key. */
  public byte[] compressedPublicKey() {
    return pair.publicKey().asEcPoint().getEncoded(true);
  }

  /** {recovery id (0 or 1), r, s} of a 32-byte hash: deterministic (RFC 6979), low s. */
  public BigInteger[] sign(byte[] hash) {
    SECP256K1.Signature s = SECP256K1.signHashed(Bytes32.wrap(hash), pair);
    return new BigInteger[] {BigInteger.valueOf(s.v()), s.r(), s.s()};
  }

  @Override
  public String toString() {
    return "EvmKey(" + address + ")";
  }
}
