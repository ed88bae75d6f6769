/**
 * BLS12-381, the pairing-friendly curve of Ethereum's EIP-2537 precompiles and consensus layer, Zcash and
 * Filecoin. The classes carry the same names as those of {@code org.snark4j.core.bn254} and most are written
 * from the same templates ({@code CurveGenerator} in the test sources).
 *
 * <ul>
 *   <li>Base field Fp, p = 0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab
 *       (381 bits), six 64-bit limbs; scalar field Fr, r = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001
 *       (255 bits, 2-adicity 32), four limbs. Both in Montgomery form.
 *   <li>Towers: Fp2 = Fp[u]/(u² + 1), Fp6 = Fp2[v]/(v³ - ξ) with ξ = 1 + u, Fp12 = Fp6[w]/(w² - v).
 *   <li>G1: y² = x³ + 4 over Fp, cofactor 0x396c8c005555e1568c00aaab0000aaab; G2: the order-r subgroup of the
 *       M-type sextic twist y² = x³ + 4(1 + u) over Fp2. Generators of the ZCash specification and EIP-2537.
 *   <li>Pairing: optimal ate, x = -0xd201000000010000, Miller loop over |x| conjugated at the end; final
 *       exponentiation with the hard part of Hayashida, Hayasaka and Teruya (the reduced pairing cubed).
 *   <li>Subgroup checks by Scott's endomorphism tests; hash to curve as RFC 9380
 *       ({@link org.snark4j.core.bls12_381.HashToCurve}); EIP-2537's precompiles
 *       ({@link org.snark4j.core.bls12_381.Bls12381Precompiles}) and encoding
 *       ({@link org.snark4j.core.bls12_381.EvmCodec}); the ZCash serialization
 *       ({@link org.snark4j.core.bls12_381.ZcashCodec}).
 *   <li>Security: about 120 bits.
 * </ul>
 *
 * <p>What is checked: factories {@code of(...)} and the codecs' default decoders reject non-canonical
 * coordinates, points off the curve and points outside the subgroup (G1 too: its cofactor is not 1);
 * {@code Unchecked} and {@code NoSubgroupCheck} variants say in their names what they skip. Field addition,
 * subtraction and multiplication are branch-free; inversion, square roots, scalar multiplication, MSM, hashing
 * to the curve and the pairing are variable-time and must not be fed secrets where timing is observable.
 * No SIMD kernels yet: MSM and NTT run the scalar kernels.
 */
package org.snark4j.core.bls12_381;
