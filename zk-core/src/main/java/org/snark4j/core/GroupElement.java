package org.snark4j.core;

import java.math.BigInteger;

/**
 * An element of an additive group of prime order (a curve subgroup): immutable.
 *
 * @param <G> the implementing type
 */
public interface GroupElement<G extends GroupElement<G>> {
  /** this + other. */
  G add(G other);

  /** -this. */
  G negate();

  /** 2·this. */
  G twice();

  /** [k]this for any integer k (negative k negates). */
  G multiply(BigInteger k);

  /** Whether this is the identity (the point at infinity). */
  boolean isInfinity();
}
