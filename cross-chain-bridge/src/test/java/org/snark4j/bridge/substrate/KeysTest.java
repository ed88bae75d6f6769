package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Known answers: the System.Account storage prefix, //Alice's Ed25519 key, Alice's well-known SS58 address. */
class KeysTest {
  final HexFormat hex = HexFormat.of();

  @Test
  void twoxAndBlake2GiveTheWellKnownPrefixes() {
    assertEquals("26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9",
        hex.formatHex(Hashers.twox128("System")) + hex.formatHex(Hashers.twox128("Account")));
    // twox128(":code") is not needed; blake2_256 of nothing is a fixed value
    assertEquals("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8",
        hex.formatHex(Hashers.blake2_256(new byte[0])));
  }

  @Test
  void devKeysAndSs58() {
    // the shared substrate README: ed25519 //Alice
    assertEquals("88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee",
        hex.formatHex(Ed25519Key.dev("//Alice").publicKey()));
    // sr25519 //Alice's public key and its well-known address (prefix 42)
    byte[] alice = hex.parseHex("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
    assertEquals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", Ss58.encode(alice, 42));
    assertArrayEquals(alice, Ss58.decode("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", 42));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Ss58.decode("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ", 42)).getMessage().contains("checksum"));
    assertThrows(IllegalArgumentException.class, () -> Ss58.decode("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", 0));
    // a two-byte prefix round trip
    assertArrayEquals(alice, Ss58.decode(Ss58.encode(alice, 1234), 1234));
    assertThrows(IllegalArgumentException.class, () -> Ed25519Key.dev("/Alice"));
    Ed25519Key k = Ed25519Key.fromSeed("0x" + "11".repeat(32));
    byte[] sig = k.sign("hello".getBytes());
    assertEquals(64, sig.length);
    org.bouncycastle.crypto.signers.Ed25519Signer v = new org.bouncycastle.crypto.signers.Ed25519Signer();
    v.init(false, new org.bouncycastle.crypto.params.Ed25519PublicKeyParameters(k.publicKey(), 0));
    v.update("hello".getBytes(), 0, 5);
    assertTrue(v.verifySignature(sig));
  }

  @Test
  void ecdsaKeysRefuseBadSecretsAndSignRecoverably() {
    String zero = "00".repeat(32);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EcdsaKey.fromSeed(zero)).getMessage()
        .contains("[1, n)"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EcdsaKey.fromSeed("0x1234")).getMessage()
        .contains("got 2"));
    assertThrows(IllegalArgumentException.class, () -> EcdsaKey.fromSeed("zz"));
    assertThrows(IllegalArgumentException.class, () -> EcdsaKey.dev("//Alice/soft"));
    EcdsaKey k = EcdsaKey.dev("//Bob");
    byte[] sig = k.sign("hello".getBytes());
    assertEquals(65, sig.length);
    assertTrue(sig[64] == 0 || sig[64] == 1);
    assertEquals(2, k.signatureType());
    assertEquals(32, k.accountId().length);
    assertTrue(!k.toString().contains(java.util.HexFormat.of().formatHex(k.accountId())));
  }
}
