package org.snark4j.circuits;

/**
 * An arithmetic circuit over BN254's scalar field. Inputs are fields of type {@link Variable} or
 * {@code Variable[]} (sized by the constructor) annotated {@link Public} or {@link Secret}; the compiler
 * allocates them, in declaration order, before it calls {@link #define}. Inputs whose number is known only at
 * run time can be allocated inside {@code define} with {@link Api#publicInput} and {@link Api#secretInput}.
 *
 * <pre>{@code
 * final class Cubic implements Circuit {
 *   @Public Variable y;
 *   @Secret Variable x;
 *
 *   public void define(Api api) {
 *     // x³ + x + 5 = y
 *     Variable x3 = api.mul(x, api.mul(x, x));
 *     api.assertEqual(api.add(x3, x, api.constant(5)), y);
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Circuit {
  /** Builds the constraints. Called once per compilation. */
  void define(Api api);
}
