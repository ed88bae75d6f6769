package org.snark4j.core;

import java.math.BigInteger;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What a protocol needs of a pairing-friendly curve, so that Groth16, setups, ceremonies and law suites are
 * written once (STYLE.md 2 and 5): the scalar field, G1 and G2 in affine form, multi-scalar multiplication,
 * evaluation domains, the pairing and its check, and the point encodings protocols exchange (Ethereum's,
 * snarkjs's JSON and binary forms, ffjavascript's transcript form). Each curve package's {@code Curve}
 * implements it over its own classes, whose hot loops stay specialised; {@link CurveId#curve()} finds it.
 * Calls through this interface do a lot of work each (an MSM, a pairing), so the dispatch costs nothing that
 * shows.
 *
 * @param <S> the scalar field Fr
 * @param <A> G1 (affine)
 * @param <B> G2 (affine)
 * @param <T> the target field Fp12
 */
public interface PairingCurve<S extends FieldElement<S>, A extends GroupElement<A>, B extends GroupElement<B>,
    T extends FieldElement<T>> {
  CurveId id();

  /** r, the order of G1 and G2. */
  BigInteger scalarModulus();

  /** p. */
  BigInteger baseModulus();

  /** Bytes of a canonical base field element (32 for BN254, 48 for BLS12-381). */
  int baseFieldBytes();

  /** The scalar v, 0 ≤ v &lt; r; an {@link IllegalArgumentException} otherwise. */
  S scalar(BigInteger v);

  /** v mod r for any integer v. */
  S scalarReduce(BigInteger v);

  /** A uniformly random scalar. */
  S randomScalar(RandomGenerator random);

  /** The canonical integer of a scalar. */
  BigInteger toBigInteger(S s);

  A g1Generator();

  A g1Infinity();

  B g2Generator();

  B g2Infinity();

  /** Whether the point is on G1's curve and in the subgroup of order r. */
  boolean isInG1(A p);

  /** Whether the point is on the twist and in the subgroup of order r. */
  boolean isInG2(B q);

  /** Σ sᵢ·Pᵢ on G1 (all cores). */
  A msmG1(A[] bases, S[] scalars);

  /** Σ sᵢ·Qᵢ on G2 (all cores). */
  B msmG2(B[] bases, S[] scalars);

  /** The domain of size n, a power of two up to the field's limit. */
  EvaluationDomain<S> domain(int n);

  /** e(P, Q) (the curve's fixed power of the reduced pairing). */
  T pair(A p, B q);

  /** ∏ e(Pᵢ, Qᵢ) = 1; an empty list gives true, pairs with a point at infinity contribute 1. */
  boolean pairingCheck(List<A> ps, List<B> qs);

  /** A G1 point in Ethereum's encoding for this curve (EIP-196 words, or EIP-2537's padded coordinates). */
  byte[] encodeG1Evm(A p);

  /** A G2 point in Ethereum's encoding for this curve. */
  byte[] encodeG2Evm(B q);

  /** The G1 point at in[off..] in Ethereum's encoding, checked on the curve and in G1. */
  A decodeG1Evm(byte[] in, int off);

  /** The G2 point at in[off..] in Ethereum's encoding, checked on the twist and in G2. */
  B decodeG2Evm(byte[] in, int off);

  /** Bytes of Ethereum's encoding of a G1 and of a G2 point. */
  int g1EvmSize();

  int g2EvmSize();

  /** A G1 point as snarkjs's JSON writes it: ["x", "y", "1"] in decimal, ["0", "1", "0"] at infinity. */
  List<String> encodeG1Snarkjs(A p);

  /** A G2 point as snarkjs's JSON writes it: [[x.c0, x.c1], [y.c0, y.c1], ["1", "0"]]. */
  List<List<String>> encodeG2Snarkjs(B q);

  /** snarkjs's JSON form of a G1 point, checked (coordinates below p, on the curve, in G1). */
  A decodeG1Snarkjs(List<String> v);

  /** snarkjs's JSON form of a G2 point, checked (on the twist, in G2). */
  B decodeG2Snarkjs(List<List<String>> v);

  /**
   * Writes p in snarkjs's binary Montgomery form (.zkey and .ptau sections: each coordinate as
   * {@link #baseFieldBytes} little-endian bytes of x·R mod p; infinity as zeros) at b[off], whatever b's byte
   * order setting.
   */
  void writeG1Snarkjs(A p, java.nio.ByteBuffer b, int off);

  /** As {@link #writeG1Snarkjs} for G2 (x.c0, x.c1, y.c0, y.c1). */
  void writeG2Snarkjs(B q, java.nio.ByteBuffer b, int off);

  /**
   * The G1 point in snarkjs's binary Montgomery form at b[off], checked.
   *
   * @param what the point's name in messages
   * @throws IllegalArgumentException naming the point and what is wrong with it
   */
  A readG1Snarkjs(java.nio.ByteBuffer b, int off, String what);

  /** As {@link #readG1Snarkjs} for G2. */
  B readG2Snarkjs(java.nio.ByteBuffer b, int off, String what);

  /** ffjavascript's uncompressed big-endian form of a G1 point, what snarkjs's transcripts hash. */
  byte[] encodeG1Uncompressed(A p);

  /** As {@link #encodeG1Uncompressed} for G2 (each Fp2 element as c1 then c0). */
  byte[] encodeG2Uncompressed(B q);
}
