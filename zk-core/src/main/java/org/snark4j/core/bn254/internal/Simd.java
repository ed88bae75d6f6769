package org.snark4j.core.bn254.internal;

/**
 * Whether the SIMD field kernels ({@code FpVector}, {@code FrVector}) are used: only when the incubating
 * Vector API module is in the boot layer ({@code --add-modules jdk.incubator.vector}), its preferred species
 * holds at least four doubles (narrower species fall back to plain Java loops inside the JDK, far slower
 * than the scalar kernels), and the system property {@code snark4j.simd} is not {@code false}. Both paths
 * give the same bits. This class touches no vector type, so it loads without the module; the kernel classes
 * are loaded only after it said yes. The choice is logged once (System.Logger, level INFO).
 */
public final class Simd {
  private Simd() {}

  /** The system property that forces the scalar path when set to {@code false}. */
  public static final String PROPERTY = "snark4j.simd";

  /** True when the vector kernels are in use. */
  public static final boolean ENABLED;

  /** Why the choice went as it did, for the log and for tools that report it. */
  public static final String REASON;

  static {
    boolean on = false;
    String why;
    if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))) {
      why = "scalar field kernels: -D" + PROPERTY + "=false";
    } else if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      why = "scalar field kernels: the JVM was started without --add-modules jdk.incubator.vector";
    } else {
      int lanes;
      try {
        lanes = VectorLanes.lanes();
      } catch (LinkageError e) {
        lanes = 0;
      }
      if (lanes >= 4) {
        on = true;
        why = "SIMD field kernels: Vector API, " + lanes + " lanes of 64 bits";
      } else {
        why = "scalar field kernels: the Vector API's preferred species has " + lanes + " lanes of 64 bits (4 needed)";
      }
    }
    ENABLED = on;
    REASON = why;
    System.getLogger("org.snark4j.core").log(System.Logger.Level.INFO, "snark4j: " + why);
  }
}
