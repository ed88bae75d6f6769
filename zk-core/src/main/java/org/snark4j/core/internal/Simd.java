package org.snark4j.core.internal;

import java.util.function.BooleanSupplier;

/**
 * Whether the SIMD field kernels (each curve's {@code FpVector}, and {@code FrVector} where it has one) are
 * used: only when the incubating Vector API module is in the boot layer ({@code --add-modules
 * jdk.incubator.vector}), its preferred species holds at least four doubles (narrower species fall back to plain Java loops inside the JDK, far slower
 * than the scalar kernels), and the system property {@code snark4j.simd} is not {@code false}. Both paths
 * give the same bits. This class touches no vector type, so it loads without the module; the kernel classes
 * are loaded only after it said yes. The choice is logged once (System.Logger, level INFO). Each curve's
 * kernels are warmed up on their own ({@link WarmUp}).
 */
public final class Simd {
  private Simd() {}

  /** The system property that forces the scalar path when set to {@code false}. */
  public static final String PROPERTY = "snark4j.simd";

  /**
   * The system property choosing when the kernels are warmed up: {@code background} (the default: at the
   * first call), {@code manual} (only when {@link WarmUp#startInBackground} is called) or {@code none} (no warm-up:
   * the SIMD path from the first call, whatever its speed; the tests use it so both paths run
   * deterministically).
   */
  public static final String WARM_UP_PROPERTY = "snark4j.simd.warmUp";

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

  /**
   * The warm-up of one curve's vector kernels. Until C2 has compiled them they run in the interpreter or in
   * C1 code that boxes every vector, hundreds of times slower than the scalar kernels (C2 needs about two
   * seconds of its own time for BN254's ten kernels). So a daemon thread runs every kernel on one block until
   * each runs at compiled speed ({@code round}), and callers take the scalar path meanwhile (same bits). The
   * thread starts at the first call of {@link #warm}, or only through {@link #startInBackground} when
   * {@value #WARM_UP_PROPERTY} is {@code manual} (for short processes, where the compilation would cost more
   * than it saves). Each curve has its own, so a process that uses one curve compiles only its kernels.
   */
  public static final class WarmUp {
    private final String what;
    private final BooleanSupplier round;
    private volatile boolean warm;
    private volatile boolean warming;

    /**
     * @param what the kernels' name, for the log
     * @param round one round of calls of every kernel; true when each ran at compiled speed
     */
    public WarmUp(String what, BooleanSupplier round) {
      this.what = what;
      this.round = round;
    }

    /** True once the kernels run compiled (starting the warm-up unless manual); false when disabled. */
    public boolean warm() {
      if (warm || !ENABLED) {
        return warm;
      }
      String mode = System.getProperty(WARM_UP_PROPERTY, "background");
      if (mode.equals("none")) {
        warm = true; // tests: the SIMD path from the first call, whatever its speed
        return true;
      }
      if (!mode.equals("manual")) {
        startInBackground();
      }
      return false;
    }

    /** Starts the background warm-up if it is not running or done (no effect when disabled). */
    public void startInBackground() {
      if (!ENABLED || warm || warming) {
        return;
      }
      synchronized (this) {
        if (warming) {
          return;
        }
        warming = true;
      }
      Thread t = new Thread(this::run, "snark4j-simd-warm-up-" + what);
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      t.start();
    }

    /** Runs the kernels until they are compiled (at most 30 s; past that the scalar path stays in use). */
    private void run() {
      long deadline = System.nanoTime() + 30_000_000_000L;
      boolean done = false;
      while (!done && System.nanoTime() < deadline) {
        done = round.getAsBoolean();
      }
      warm = done;
      System.getLogger("org.snark4j.core").log(System.Logger.Level.DEBUG, done
          ? "snark4j: " + what + " SIMD field kernels compiled"
          : "snark4j: " + what + " SIMD field kernels not compiled in 30 s: scalar path kept");
    }
  }
}
