package org.snark4j.core.bn254.internal;

/** The number of 64-bit lanes of the preferred vector species; loaded only when the module is present. */
final class VectorLanes {
  private VectorLanes() {}

  static int lanes() {
    return jdk.incubator.vector.LongVector.SPECIES_PREFERRED.length();
  }
}
