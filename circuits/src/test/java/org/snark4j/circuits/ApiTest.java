package org.snark4j.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.function.BiFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fr;

/** Each API operation against the same computation outside the circuit, with its pinned constraint count. */
class ApiTest {
  /** out (public) = f(a, b) for secret a, b. */
  static final class Binary implements Circuit {
    @Public Variable out;
    @Secret Variable a;
    @Secret Variable b;
    final BiFunction<Api, Variable[], Variable> f;

    Binary(BiFunction<Api, Variable[], Variable> f) {
      this.f = f;
    }

    @Override
    public void define(Api api) {
      api.assertEqual(f.apply(api, new Variable[] {a, b}), out);
    }
  }

  static Assignment ab(long a, long b, Fr out) {
    return Assignment.builder().set("a", a).set("b", b).set("out", out).build();
  }

  static void check(BiFunction<Api, Variable[], Variable> f, long a, long b, Fr expected) {
    CircuitAssert.assertSolves(() -> new Binary(f), ab(a, b, expected));
    CircuitAssert.assertFails(() -> new Binary(f), ab(a, b, expected.add(Fr.ONE)));
  }

  static Fr fr(long v) {
    return Fr.reduce(BigInteger.valueOf(v));
  }

  @Property(tries = 30)
  void arithmetic(@ForAll long a, @ForAll long b) {
    check((api, v) -> api.add(v[0], v[1], api.constant(7)), a, b, fr(a).add(fr(b)).add(fr(7)));
    check((api, v) -> api.sub(v[0], v[1]), a, b, fr(a).subtract(fr(b)));
    check((api, v) -> api.mul(v[0], v[1]), a, b, fr(a).multiply(fr(b)));
    check((api, v) -> api.mulAcc(api.constant(3), v[0], v[1]), a, b, fr(a).multiply(fr(b)).add(fr(3)));
    check((api, v) -> api.neg(v[0]), a, b, fr(a).negate());
    if (b != 0 && a != 0) {
      check((api, v) -> api.div(v[0], v[1]), a, b, fr(a).multiply(fr(b).inverse()));
      check((api, v) -> api.inverse(v[0]), a, b, fr(a).inverse());
    }
  }

  @Property(tries = 30)
  void comparisons(@ForAll @LongRange(min = 0, max = (1L << 40) - 1) long a,
      @ForAll @LongRange(min = 0, max = (1L << 40) - 1) long b) {
    check((api, v) -> api.cmp(v[0], v[1], 40), a, b, fr(Long.compare(a, b)));
    check((api, v) -> api.isLess(v[0], v[1], 40), a, b, fr(a < b ? 1 : 0));
    check((api, v) -> api.isZero(api.sub(v[0], v[1])), a, b, fr(a == b ? 1 : 0));
    check((api, v) -> api.cmp(v[0], v[0], 40), a, b, Fr.ZERO);
  }

  @Property(tries = 30)
  void bitsAndConditionals(@ForAll @LongRange(min = 0, max = 3) long a, @ForAll @LongRange(min = 0, max = 3) long b) {
    BiFunction<Api, Variable[], Variable[]> bits = (api, v) -> {
      Variable[] x = api.toBinary(v[0], 2);
      Variable[] y = api.toBinary(v[1], 2);
      return new Variable[] {x[0], x[1], y[0], y[1]};
    };
    check((api, v) -> { Variable[] t = bits.apply(api, v); return api.and(t[0], t[2]); }, a, b, fr((a & b) & 1));
    check((api, v) -> { Variable[] t = bits.apply(api, v); return api.or(t[1], t[3]); }, a, b, fr(((a | b) >> 1) & 1));
    check((api, v) -> { Variable[] t = bits.apply(api, v); return api.xor(t[0], t[2]); }, a, b, fr((a ^ b) & 1));
    check((api, v) -> api.fromBinary(api.toBinary(v[0], 2)), a, b, fr(a));
    long[] table = {11, 22, 33, 44};
    check((api, v) -> { Variable[] t = bits.apply(api, v); return api.lookup2(t[0], t[1], api.constant(11),
        api.constant(22), api.constant(33), api.constant(44)); }, a, b, fr(table[(int) a]));
    // variable table entries: y_i = b + i
    check((api, v) -> { Variable[] t = bits.apply(api, v); return api.lookup2(t[0], t[1], v[1],
        api.add(v[1], api.constant(1)), api.add(v[1], api.constant(2)), api.add(v[1], api.constant(3))); },
        a, b, fr(b + a));
    check((api, v) -> { Variable[] t = bits.apply(api, v); return api.select(t[0], v[0], v[1]); }, a, b,
        fr((a & 1) == 1 ? a : b));
  }

  @Test
  void constraintCounts() {
    assertEquals(1, CircuitAssert.constraints(new Binary((api, v) -> api.add(v[0], v[1])))); // the assertEqual
    assertEquals(2, CircuitAssert.constraints(new Binary((api, v) -> api.mul(v[0], v[1]))));
    assertEquals(1, CircuitAssert.constraints(new Binary((api, v) -> api.mul(v[0], api.constant(5)))));
    assertEquals(3, CircuitAssert.constraints(new Binary((api, v) -> api.div(v[0], v[1]))));
    assertEquals(3, CircuitAssert.constraints(new Binary((api, v) -> api.isZero(v[0]))));
    assertEquals(41 + 1, CircuitAssert.constraints(new Binary((api, v) -> api.isLess(v[0], v[1], 40))));
    assertEquals(43 + 1, CircuitAssert.constraints(new Binary((api, v) -> api.cmp(v[0], v[1], 40))));
    assertEquals(8 + 1, CircuitAssert.constraints(new Binary((api, v) -> api.fromBinary(api.toBinary(v[0], 8)))));
    assertEquals(1 + 1, CircuitAssert.constraints(new Binary((api, v) -> api.select(v[0], v[1], api.constant(3)))));
  }

  @Test
  void failuresNameTheGadgetAndTheSourceLine() {
    UnsatisfiedConstraintException e = CircuitAssert.assertFails(
        () -> new Binary((api, v) -> api.fromBinary(api.toBinary(v[0], 8))), ab(300, 0, fr(300)));
    assertTrue(e.getMessage().contains("toBinary(8)"), e.getMessage());
    assertTrue(e.source().contains("ApiTest"), e.source());
    UnsatisfiedConstraintException inv = CircuitAssert.assertFails(
        () -> new Binary((api, v) -> api.inverse(v[0])), ab(0, 0, Fr.ZERO));
    assertTrue(inv.getMessage().contains("inverse of zero"), inv.getMessage());
    assertEquals(-1, inv.constraintIndex());
  }

  @Test
  void constantsFold() {
    assertEquals(1, CircuitAssert.constraints(new Binary((api, v) ->
        api.add(v[0], api.mul(api.constant(3), api.constant(4)), api.inverse(api.constant(2))))));
    assertThrows(IllegalStateException.class, () -> CompiledCircuit.compile(api ->
        api.assertEqual(api.constant(1), api.constant(2))));
    assertThrows(ArithmeticException.class, () -> CompiledCircuit.compile(api -> api.inverse(api.constant(0))));
  }
}
