package org.snark4j.core.bn254;

import java.util.Optional;
import java.util.Random;

/** Points on the twist that are not in G2, for the subgroup checks. */
final class G2TestPoints {
  private G2TestPoints() {}

  static final Fp2 TWIST_B = Fp2.of(Fp.of(3), Fp.ZERO).multiply(Fp2.XI.inverse());

  /** A random point of the twist; with overwhelming probability outside the subgroup. */
  static G2Affine onTwist(Random random) {
    while (true) {
      Fp2 x = Fp2.random(random);
      Optional<Fp2> y = x.square().multiply(x).add(TWIST_B).sqrt();
      if (y.isPresent()) {
        return G2Affine.ofUnchecked(x, y.get());
      }
    }
  }

  static G2Affine onTwistNotInSubgroup(Random random) {
    while (true) {
      G2Affine q = onTwist(random);
      if (!q.isInSubgroup()) {
        return q;
      }
    }
  }
}
