/**
 * snark4j's core: BN254 (alt_bn128) fields, G1 and G2, the optimal ate pairing, multi-scalar multiplication,
 * the number-theoretic transform, and point codecs. No runtime dependencies.
 */
module org.snark4j.core {
  exports org.snark4j.core;
  exports org.snark4j.core.bn254;
}
