package org.snark4j.prover;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;

/**
 * The Powers of Tau ceremony (phase 1) in snarkjs's .ptau format, version 1: {@link #create} (all points the
 * generators), {@link #contribute} and {@link #beacon} (τ, α and β multiplied by secrets, with a proof of
 * knowledge of each that anyone can check), {@link #preparePhase2} (the Lagrange forms a circuit setup reads)
 * and {@link #verify}.
 *
 * <p>Sections: 1 the header {n8, q, power, ceremony power}; 2 [τ^i]₁ for i &lt; 2^(power+1) − 1; 3 [τ^i]₂,
 * 4 [ατ^i]₁, 5 [βτ^i]₁ for i &lt; 2^power; 6 [β]₂; 7 the contributions; after phase-2 preparation 12–15 the
 * Lagrange forms of sections 2–5 for every domain 2^k ≤ 2^power (section 12 also for 2^(power+1), from the
 * 2^(power+1) − 1 powers it has and the point at infinity). Points are affine with Montgomery-form
 * little-endian coordinates. Each contribution records its first points, the public key (for τ, α and β: [s]₁,
 * [s·x]₁ and [s'·x]₂ where s' is hashed to G2 from the previous challenge hash and [s]₁, [s·x]₁), the BLAKE2b
 * state of its response hash before the key, and the next challenge hash: BLAKE2b of the response hash and
 * every point of sections 2–6 uncompressed.
 *
 * <p>Files are written to a temporary file beside the target and renamed over it when complete.
 *
 * <p>The work is split along its seams: {@code PtauCeremony} (new, contribute, beacon), {@code PtauPreparation},
 * {@code PtauVerification} and {@code PtauFormat} (the contributions section); the files themselves are read and
 * written with the formats module ({@code PtauFile}, {@code BinFileWriter}).
 */
public final class PowersOfTau {
  private PowersOfTau() {}

  /** The largest power this implementation writes (each section stays under the 2 GiB one mapping holds; the prepared file of 2^22 is about 4.6 GB). */
  public static final int MAX_POWER = 22;

  /** One of the three parts of a contribution's public key: [s]₁, [s·x]₁ and [s'·x]₂. */
  public record KeyPart(G1Affine g1S, G1Affine g1Sx, G2Affine g2Spx) {}

  public record PublicKey(KeyPart tau, KeyPart alpha, KeyPart beta) {}

  /**
   * One contribution as section 7 records it: [τ]₁, [τ]₂, [α]₁, [β]₁ and [β]₂ after it; its public key; the
   * saved response-hash state; the next challenge hash; the type (0 a contribution, 1 a beacon), its name and
   * the beacon's parameters.
   */
  public record Contribution(G1Affine tauG1, G2Affine tauG2, G1Affine alphaG1, G1Affine betaG1, G2Affine betaG2,
      PublicKey key, byte[] partialHash, byte[] nextChallenge, int type, String name, int numIterationsExp,
      byte[] beaconHash) {
    /** The hash a contributor publishes: the saved state resumed with the public key (uncompressed). */
    public byte[] responseHash() {
      return Blake2b.resume(partialHash).update(PtauFormat.publicKeyBytes(key)).digest();
    }
  }

  /** What a .ptau file holds. */
  public record Info(int power, int ceremonyPower, List<Contribution> contributions, boolean preparedForPhase2) {}

  /**
   * Writes a new accumulator of 2^power (as {@code snarkjs powersoftau new bn128 power}): every point the
   * generator, no contribution. Returns the first challenge hash.
   */
  public static byte[] create(int power, Path out) throws IOException {
    return PtauCeremony.create(power, out);
  }

  /** The challenge hash of a fresh accumulator of 2^power: BLAKE2b of the empty hash and its points uncompressed. */
  public static byte[] firstChallengeHash(int power) {
    return PtauCeremony.firstChallengeHash(power);
  }

  /**
   * Contributes to a ceremony (as {@code snarkjs powersoftau contribute}): τ, α and β multiplied by secrets drawn
   * from a {@link SecureRandom} (the entropy text, if any, mixed in) and forgotten when this returns. Returns
   * the response hash, which the contributor publishes.
   */
  public static byte[] contribute(Path in, Path out, String name, String entropy, Groth16Prover.Progress progress)
      throws IOException {
    return PtauCeremony.contribute(in, out, name, entropy, progress);
  }

  /**
   * A random-beacon contribution (as {@code snarkjs powersoftau beacon}): the secrets drawn from SHA-256 applied
   * 2^numIterationsExp times to the beacon hash, so anyone can recompute them. Returns the response hash.
   */
  public static byte[] beacon(Path in, Path out, String name, byte[] beaconHash, int numIterationsExp,
      Groth16Prover.Progress progress) throws IOException {
    return PtauCeremony.beacon(in, out, name, beaconHash, numIterationsExp, progress);
  }

  /**
   * Adds the Lagrange forms a circuit setup needs (as {@code snarkjs powersoftau prepare phase2}): for every
   * domain 2^k ≤ 2^power, [Lᵢ(τ)] = (1/n)·Σⱼ ω^(−ij)·[τ^j], an inverse FFT over the group.
   */
  public static void preparePhase2(Path in, Path out, Groth16Prover.Progress progress) throws IOException {
    PtauPreparation.preparePhase2(in, out, progress);
  }

  /**
   * Checks a .ptau as {@code snarkjs powersoftau verify} does: every contribution's proofs of knowledge against
   * the challenge it answered (beacons recomputed), the chain of [τ]₁, [τ]₂, [α]₁, [β]₁, [β]₂ from the
   * generators to the last contribution, the powers in sections 2–5 consecutive (random linear combinations,
   * one pairing check per section), the last next-challenge hash, and, when present, the Lagrange sections
   * against the powers for every domain.
   *
   * @return what is wrong, in words; empty when the file is sound
   */
  public static List<String> verify(Path ptau, Groth16Prover.Progress progress) throws IOException {
    return PtauVerification.verify(ptau, progress);
  }

  /** The header and contributions of a .ptau. */
  public static Info info(Path ptau) throws IOException {
    return PtauFormat.info(ptau);
  }
}
