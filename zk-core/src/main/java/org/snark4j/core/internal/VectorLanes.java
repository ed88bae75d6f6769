package org.snark4j.core.internal;

/** The number of 64-bit lanes of the preferred vector species; loaded only when the module is present. */
public final class VectorLanes {
  private VectorLanes() {}

  public static int lanes() {
    return jdk.incubator.vector.LongVector.SPECIES_PREFERRED.length();
  }
}
