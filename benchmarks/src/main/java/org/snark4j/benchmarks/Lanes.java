package org.snark4j.benchmarks;

/** Prints the 64-bit lanes of the preferred vector species, for the report's machine line. */
public final class Lanes {
  private Lanes() {}

  public static void main(String[] args) {
    System.out.println(jdk.incubator.vector.LongVector.SPECIES_PREFERRED.length());
  }
}
