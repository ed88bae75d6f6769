/**
 * BN254 (alt_bn128), the pairing-friendly curve of Ethereum's precompiles, snarkjs and circom.
 *
 * <ul>
 *   <li>Base field Fp, p = 21888242871839275222246405745257275088696311157297823662689037894645226208583
 *       (254 bits); scalar field Fr, r = 21888242871839275222246405745257275088548364400416034343698204186575808495617
 *       (254 bits, 2-adicity 28). Both held as four 64-bit limbs in Montgomery form, generated from one
 *       template ({@code CurveGenerator} in the test sources).
 *   <li>Towers: Fp2 = Fp[u]/(u² + 1), Fp6 = Fp2[v]/(v³ - ξ) with ξ = 9 + u, Fp12 = Fp6[w]/(w² - v).
 *   <li>G1: y² = x³ + 3 over Fp, prime order r, cofactor 1, generator (1, 2). G2: the order-r subgroup of
 *       the D-type sextic twist y² = x³ + 3/ξ over Fp2, generator as in EIP-197.
 *   <li>Pairing: optimal ate, BN parameter x = 4965661367192848881, loop over 6x + 2.
 *   <li>Security: about 100 bits (the 128 of its design fell to the extended tower number field sieve).
 * </ul>
 *
 * <p>What is checked: factories {@code of(...)} and the codecs' default decoders reject non-canonical
 * coordinates, points off the curve and (G2) outside the subgroup; {@code Unchecked} and
 * {@code NoSubgroupCheck} variants say in their names what they skip. Field addition, subtraction and
 * multiplication are branch-free; inversion, square roots, scalar multiplication, MSM and the pairing are
 * variable-time and must not be fed secrets where timing is observable.
 */
package org.snark4j.core.bn254;
