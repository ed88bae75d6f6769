package org.snark4j.prover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.formats.PtauFile;
import org.snark4j.formats.ZkeyFile.Contribution;
import org.snark4j.formats.ZkeyFile.History;
import org.snark4j.formats.ZkeyFile;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * Groth16 phase 2 in snarkjs's format: the contribution history a .zkey carries in section 10
 * ({@link ZkeyFile.History}) and {@link #contribute}, which multiplies δ by a fresh secret and records a proof
 * of knowledge of it that
 * {@code snarkjs zkey verify} checks.
 */
public final class Phase2 {
  private Phase2() {}

  /** What a contribution produced: the new key and history, and the contribution hash to publish. */
  public record Result(Groth16ProvingKey key, History history, byte[] contributionHash) {}

  /**
   * Contributes to a key: δ ← δ·x for a secret x drawn from a {@link SecureRandom} (the entropy text, if any, is
   * mixed in), C and H divided by x. The secret is dropped when this returns.
   */
  public static Result contribute(Groth16ProvingKey pk, History history, String name, String entropy) {
    SecureRandom random = new SecureRandom();
    if (entropy != null && !entropy.isEmpty()) {
      random.setSeed(entropy.getBytes(StandardCharsets.UTF_8)); // supplements, never replaces, the system seed
    }
    Fr x;
    do {
      x = Fr.random(random);
    } while (x.isZero());
    Fr s;
    do {
      s = Fr.random(random);
    } while (s.isZero());
    return apply(pk, history, x, G1Affine.GENERATOR.multiply(s), 0, name, 0, null);
  }

  /**
   * A random-beacon contribution, as {@code snarkjs zkey beacon}: the secret and [s]₁ drawn from SHA-256
   * iterated 2^numIterationsExp times over the beacon hash, so anyone can recompute it (it is the
   * customary last step of a ceremony, with a beacon value public only after the contributions).
   */
  public static Result beacon(Groth16ProvingKey pk, History history, String name, byte[] beaconHash,
      int numIterationsExp) {
    if (beaconHash.length == 0 || beaconHash.length > 255) {
      throw new IllegalArgumentException("a beacon hash is 1 to 255 bytes, got " + beaconHash.length);
    }
    SnarkjsRandom rng = SnarkjsRandom.fromBeacon(beaconHash, numIterationsExp);
    Fr x = rng.nextFr();
    G1Affine g1S = rng.nextG1();
    return apply(pk, history, x, g1S, 1, name, numIterationsExp, beaconHash.clone());
  }

  /** Reads a .zkey, applies a beacon, writes the new one; returns the contribution hash. */
  public static byte[] beacon(Path in, Path out, String name, byte[] beaconHash, int numIterationsExp)
      throws IOException {
    Result r = beacon(Groth16ProvingKey.readZkey(in), ZkeyFile.readHistory(in), name, beaconHash, numIterationsExp);
    r.key().writeZkey(out, r.history());
    return r.contributionHash();
  }

  private static Result apply(Groth16ProvingKey pk, History history, Fr x, G1Affine g1S, int type, String name,
      int numIterationsExp, byte[] beaconHash) {
    if (x.isZero()) {
      throw new IllegalArgumentException("a contribution's secret cannot be zero");
    }
    Blake2bDigest transcript = new Blake2bDigest(512);
    update(transcript, history.circuitHash());
    for (Contribution c : history.contributions()) {
      hashPubKey(transcript, c);
    }
    G1Affine g1Sx = g1S.multiply(x);
    update(transcript, Groth16Setup.uncompressed(g1S));
    update(transcript, Groth16Setup.uncompressed(g1Sx));
    byte[] t = new byte[64];
    transcript.doFinal(t, 0);
    G2Affine g2Spx = SnarkjsRandom.hashToG2(t).multiply(x);

    G1Affine delta1 = pk.delta1().multiply(x);
    G2Affine delta2 = pk.delta2().multiply(x);
    Fr inv = x.inverse();
    List<G1Affine> c = times(pk.c(), inv);
    List<G1Affine> h = times(pk.h(), inv);
    Groth16VerifyingKey vk0 = pk.verifyingKey();
    Groth16VerifyingKey vk = new Groth16VerifyingKey(vk0.alpha(), vk0.beta(), vk0.gamma(), delta2, vk0.ic());
    Groth16ProvingKey key = new Groth16ProvingKey(pk.wires(), pk.publicCount(), pk.domainSize(), pk.coefficients(),
        pk.alpha1(), pk.beta1(), pk.beta2(), delta1, delta2, pk.a(), pk.b1(), pk.b2(), c, h, vk);
    String stored = name == null ? null : truncate(name);
    Contribution mine = new Contribution(delta1, g1S, g1Sx, g2Spx, t, type, stored, numIterationsExp, beaconHash);
    List<Contribution> all = new ArrayList<>(history.contributions());
    all.add(mine);
    Blake2bDigest ch = new Blake2bDigest(512);
    hashPubKey(ch, mine);
    byte[] contributionHash = new byte[64];
    ch.doFinal(contributionHash, 0);
    return new Result(key, new History(history.circuitHash(), all), contributionHash);
  }

  /** Reads a .zkey, contributes, writes the new one; returns the contribution hash. */
  public static byte[] contribute(Path in, Path out, String name, String entropy) throws IOException {
    Result r = contribute(Groth16ProvingKey.readZkey(in), ZkeyFile.readHistory(in), name, entropy);
    r.key().writeZkey(out, r.history());
    return r.contributionHash();
  }

  /**
   * Checks a key against the circuit and the Powers of Tau it claims to come from, as {@code snarkjs zkey verify}:
   * the parts no contribution may change equal a fresh {@link Groth16Setup#fromPtau} (and its circuit hash), every
   * contribution's proof of knowledge holds against its transcript (beacons recomputed), the δ chain ends at the
   * key's δ, and C and H were divided by the same δ (random linear combinations, one pairing check each).
   *
   * @return what is wrong, in words; empty when the key is sound
   */
  public static List<String> verify(org.snark4j.circuits.R1cs r1cs, PtauFile ptau, Groth16ProvingKey pk,
      History history) {
    List<String> problems = new ArrayList<>();
    Groth16ProvingKey init = Groth16Setup.fromPtau(r1cs, ptau);
    if (!java.util.Arrays.equals(Groth16Setup.circuitHash(init, ptau), history.circuitHash())) {
      problems.add("the circuit hash is not the one of this circuit and ptau");
    }
    if (pk.wires() != init.wires() || pk.publicCount() != init.publicCount() || pk.domainSize() != init.domainSize()) {
      problems.add("the sizes differ from the circuit's: " + pk.wires() + " wires, " + pk.publicCount()
          + " public, domain " + pk.domainSize() + " against " + init.wires() + ", " + init.publicCount() + ", "
          + init.domainSize());
      return problems;
    }
    same(problems, "alpha1", init.alpha1(), pk.alpha1());
    same(problems, "beta1", init.beta1(), pk.beta1());
    same(problems, "beta2", init.beta2(), pk.beta2());
    same(problems, "gamma2", init.verifyingKey().gamma(), pk.verifyingKey().gamma());
    same(problems, "IC", init.verifyingKey().ic(), pk.verifyingKey().ic());
    same(problems, "A", init.a(), pk.a());
    same(problems, "B1", init.b1(), pk.b1());
    same(problems, "B2", init.b2(), pk.b2());
    same(problems, "the coefficients", new java.util.HashSet<>(init.coefficients()),
        new java.util.HashSet<>(pk.coefficients()));
    if (init.coefficients().size() != pk.coefficients().size()) {
      problems.add("the number of coefficients differs");
    }
    same(problems, "delta2 of the verifying key", pk.delta2(), pk.verifyingKey().delta());

    G1Affine delta = G1Affine.GENERATOR;
    List<Contribution> cs = history.contributions();
    for (int i = 0; i < cs.size(); i++) {
      Contribution c = cs.get(i);
      Blake2bDigest t = new Blake2bDigest(512);
      update(t, history.circuitHash());
      for (int j = 0; j < i; j++) {
        hashPubKey(t, cs.get(j));
      }
      update(t, Groth16Setup.uncompressed(c.g1S()));
      update(t, Groth16Setup.uncompressed(c.g1Sx()));
      byte[] transcript = new byte[64];
      t.doFinal(transcript, 0);
      String who = "contribution " + (i + 1) + (c.name() == null ? "" : " (" + c.name() + ")");
      if (!java.util.Arrays.equals(transcript, c.transcript())) {
        problems.add(who + ": the transcript hash does not match");
        continue;
      }
      G2Affine g2Sp = SnarkjsRandom.hashToG2(transcript);
      if (!sameRatio(c.g1S(), c.g1Sx(), g2Sp, c.g2Spx())) {
        problems.add(who + ": the proof of knowledge of the secret fails");
      }
      if (!sameRatio(delta, c.deltaAfter(), g2Sp, c.g2Spx())) {
        problems.add(who + ": delta was not multiplied by the proven secret");
      }
      if (c.type() == 1) {
        if (c.beaconHash() == null || c.numIterationsExp() < 10 || c.numIterationsExp() > 63) {
          problems.add(who + ": a beacon without valid parameters");
        } else {
          SnarkjsRandom rng = SnarkjsRandom.fromBeacon(c.beaconHash(), c.numIterationsExp());
          Fr x = rng.nextFr();
          G1Affine g1S = rng.nextG1();
          if (!g1S.equals(c.g1S()) || !g1S.multiply(x).equals(c.g1Sx())) {
            problems.add(who + ": the beacon does not give this contribution");
          }
        }
      }
      delta = c.deltaAfter();
    }
    same(problems, "delta1 (after the last contribution)", delta, pk.delta1());
    if (!sameRatio(G1Affine.GENERATOR, pk.delta1(), G2Affine.GENERATOR, pk.delta2())) {
      problems.add("delta1 and delta2 are not the same secret");
    }
    SecureRandom random = new SecureRandom();
    if (!dividedByDelta(init.c(), pk.c(), pk.delta2(), random)) {
      problems.add("C was not divided by delta");
    }
    if (!dividedByDelta(init.h(), pk.h(), pk.delta2(), random)) {
      problems.add("H was not divided by delta");
    }
    return problems;
  }

  private static void same(List<String> problems, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add(what + " differs from the circuit's initial key");
    }
  }

  /** e(a1, b2) = e(b1, a2), none at infinity. */
  static boolean sameRatio(G1Affine a1, G1Affine b1, G2Affine a2, G2Affine b2) {
    if (a1.isInfinity() || b1.isInfinity() || a2.isInfinity() || b2.isInfinity()) {
      return false;
    }
    return org.snark4j.core.bn254.Pairing.pairingCheck(List.of(a1, b1.negate()), List.of(b2, a2));
  }

  /** Σ rᵢ·before = δ·(Σ rᵢ·after) in the exponent, for random 128-bit rᵢ. */
  private static boolean dividedByDelta(List<G1Affine> before, List<G1Affine> after, G2Affine delta2,
      SecureRandom random) {
    if (before.size() != after.size()) {
      return false;
    }
    Fr[] r = new Fr[before.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = Fr.of(new java.math.BigInteger(128, random));
    }
    G1Affine sb = org.snark4j.core.bn254.Msm.g1(before.toArray(G1Affine[]::new), r).toAffine();
    G1Affine sa = org.snark4j.core.bn254.Msm.g1(after.toArray(G1Affine[]::new), r).toAffine();
    if (sb.isInfinity() || sa.isInfinity()) {
      return sb.isInfinity() && sa.isInfinity();
    }
    return org.snark4j.core.bn254.Pairing.pairingCheck(List.of(sb, sa.negate()), List.of(G2Affine.GENERATOR, delta2));
  }

  // snarkjs keeps at most 64 UTF-16 units of a name
  private static String truncate(String name) {
    return name.length() <= 64 ? name : name.substring(0, 64);
  }

  private static List<G1Affine> times(List<G1Affine> points, Fr k) {
    G1Jacobian[] out = new G1Jacobian[points.size()];
    IntStream.range(0, out.length).parallel().forEach(i -> out[i] = points.get(i).toJacobian().multiply(k));
    return List.of(G1Jacobian.toAffine(out));
  }

  static void hashPubKey(Blake2bDigest h, Contribution c) {
    update(h, Groth16Setup.uncompressed(c.deltaAfter()));
    update(h, Groth16Setup.uncompressed(c.g1S()));
    update(h, Groth16Setup.uncompressed(c.g1Sx()));
    update(h, Groth16Setup.uncompressed(c.g2Spx()));
    update(h, c.transcript());
  }

  private static void update(Blake2bDigest h, byte[] b) {
    h.update(b, 0, b.length);
  }
}
