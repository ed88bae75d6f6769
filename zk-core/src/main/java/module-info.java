/**
 * snark4j's core: for BN254 (alt_bn128) and BLS12-381, the fields, G1 and G2, the optimal ate pairing,
 * multi-scalar multiplication, the number-theoretic transform, point codecs and Ethereum's precompiles (and
 * RFC 9380 hash to curve for BLS12-381). No runtime dependencies. The incubating Vector API is
 * used when the JVM was started with {@code --add-modules jdk.incubator.vector}; without it the scalar
 * kernels give the same results.
 */
module org.snark4j.core {
  requires static jdk.incubator.vector;

  exports org.snark4j.core;
  exports org.snark4j.core.bn254;
  exports org.snark4j.core.bls12_381;
}
