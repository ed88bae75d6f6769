package org.snark4j.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The curve-neutral layer, written once and run for every curve: what a protocol relies on (bilinearity and
 * the pairing check, MSM against the sum, domains, Ethereum's encoding) through {@link PairingCurve} alone.
 */
class PairingCurveTest {
  @ParameterizedTest
  @EnumSource(CurveId.class)
  void protocolPropertiesHold(CurveId id) {
    laws(id.curve(), new Random(id.ordinal() + 17));
  }

  private static <S extends FieldElement<S>, A extends GroupElement<A>, B extends GroupElement<B>,
      T extends FieldElement<T>> void laws(PairingCurve<S, A, B, T> c, Random r) {
    S a = c.randomScalar(r);
    S b = c.randomScalar(r);
    A p = c.g1Generator().multiply(c.toBigInteger(a));
    B q = c.g2Generator().multiply(c.toBigInteger(b));
    // e(aG, bH) = e(G, H)^(ab); e(aG, bH)·e(-abG, H) = 1
    T base = c.pair(c.g1Generator(), c.g2Generator());
    assertEquals(base.pow(c.toBigInteger(a.multiply(b))), c.pair(p, q));
    A ab = c.g1Generator().multiply(c.toBigInteger(a.multiply(b)));
    assertTrue(c.pairingCheck(List.of(p, ab.negate()), List.of(q, c.g2Generator())));
    assertFalse(c.pairingCheck(List.of(p, ab), List.of(q, c.g2Generator())));
    assertTrue(c.isInG1(p));
    assertTrue(c.isInG2(q));
    // MSM against the sum
    int n = 20;
    @SuppressWarnings("unchecked")
    A[] bases = (A[]) java.lang.reflect.Array.newInstance(p.getClass(), n);
    @SuppressWarnings("unchecked")
    S[] scalars = (S[]) java.lang.reflect.Array.newInstance(a.getClass(), n);
    A expect = c.g1Infinity();
    for (int i = 0; i < n; i++) {
      bases[i] = c.g1Generator().multiply(BigInteger.valueOf(i + 3));
      scalars[i] = c.randomScalar(r);
      expect = expect.add(bases[i].multiply(c.toBigInteger(scalars[i])));
    }
    assertEquals(expect, c.msmG1(bases, scalars));
    // a domain's round trip
    EvaluationDomain<S> d = c.domain(8);
    @SuppressWarnings("unchecked")
    S[] coeffs = (S[]) java.lang.reflect.Array.newInstance(a.getClass(), 8);
    for (int i = 0; i < 8; i++) {
      coeffs[i] = c.randomScalar(r);
    }
    assertArrayEquals(coeffs, d.inverse(d.forward(coeffs)));
    assertTrue(d.omega().pow(BigInteger.valueOf(8)).isOne());
    // Ethereum's encoding
    byte[] ep = c.encodeG1Evm(p);
    assertEquals(c.g1EvmSize(), ep.length);
    assertEquals(p, c.decodeG1Evm(ep, 0));
    byte[] eq = c.encodeG2Evm(q);
    assertEquals(c.g2EvmSize(), eq.length);
    assertEquals(q, c.decodeG2Evm(eq, 0));
    // snarkjs's JSON and binary forms, and ffjavascript's transcript form
    assertEquals(p, c.decodeG1Snarkjs(c.encodeG1Snarkjs(p)));
    assertEquals(q, c.decodeG2Snarkjs(c.encodeG2Snarkjs(q)));
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(6 * c.baseFieldBytes());
    c.writeG1Snarkjs(p, buf, 0);
    c.writeG2Snarkjs(q, buf, 2 * c.baseFieldBytes());
    assertEquals(p, c.readG1Snarkjs(buf, 0, "p"));
    assertEquals(q, c.readG2Snarkjs(buf, 2 * c.baseFieldBytes(), "q"));
    assertEquals(2 * c.baseFieldBytes(), c.encodeG1Uncompressed(p).length);
    assertEquals(4 * c.baseFieldBytes(), c.encodeG2Uncompressed(q).length);
    assertThrows(IllegalArgumentException.class, () -> c.readG1Snarkjs(java.nio.ByteBuffer.allocate(8), 0, "p"));
    assertThrows(IllegalArgumentException.class, () -> c.scalar(c.scalarModulus()));
    assertEquals(c.scalarReduce(c.scalarModulus().add(BigInteger.TWO)), c.scalar(BigInteger.TWO));
  }

  @Test
  void curvesAreFoundByTheirNames() {
    assertEquals(CurveId.BN254, CurveId.byName("bn128"));
    assertEquals(CurveId.BN254, CurveId.byName("alt_bn128"));
    assertEquals(CurveId.BN254, CurveId.byName("BN254"));
    assertEquals(CurveId.BLS12_381, CurveId.byName("bls12381"));
    assertEquals(CurveId.BLS12_381, CurveId.byName("BLS12-381"));
    assertEquals(CurveId.BLS12_381, CurveId.byName("bls12_381"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CurveId.byName("secp256k1"));
    assertTrue(e.getMessage().contains("secp256k1") && e.getMessage().contains("bls12_381"), e.getMessage());
    for (CurveId id : CurveId.values()) {
      assertEquals(id, CurveId.byScalarModulus(id.scalarModulus()));
      assertEquals(id, id.curve().id());
    }
    assertThrows(IllegalArgumentException.class, () -> CurveId.byScalarModulus(BigInteger.valueOf(97)));
  }
}
