package org.snark4j.bridge.substrate;

/**
 * A key that signs Substrate extrinsics: its account id (the MultiAddress::Id the extrinsic names) and its
 * MultiSignature (the variant and the signature bytes over a signing payload).
 */
public sealed interface Signer permits Ed25519Key, EcdsaKey {
  /** The 32-byte account id. */
  byte[] accountId();

  /** The MultiSignature variant: 0 Ed25519, 1 Sr25519, 2 Ecdsa. */
  int signatureType();

  /** The signature of a signing payload (as {@link Extrinsic#signingPayload} gives it), without the variant byte. */
  byte[] sign(byte[] payload);

  /** The SS58 address of the account id. */
  default String address(int ss58Prefix) {
    return Ss58.encode(accountId(), ss58Prefix);
  }
}
