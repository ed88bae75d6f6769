/**
 * BLS12-381, the pairing-friendly curve of Ethereum's EIP-2537 precompiles and consensus layer, Zcash and
 * Filecoin. The classes carry the same names as those of {@code org.snark4j.core.bn254} and are written from
 * the same templates ({@code CurveGenerator} in the test sources).
 *
 * <ul>
 *   <li>Base field Fp, p = 0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab
 *       (381 bits), six 64-bit limbs; scalar field Fr, r = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001
 *       (255 bits, 2-adicity 32), four limbs. Both in Montgomery form.
 *   <li>Towers: Fp2 = Fp[u]/(u² + 1), Fp6 = Fp2[v]/(v³ - ξ) with ξ = 1 + u, Fp12 = Fp6[w]/(w² - v).
 *   <li>Security: about 120 bits.
 * </ul>
 *
 * <p>Field addition, subtraction and multiplication are branch-free; inversion and square roots are
 * variable-time and must not be fed secrets where timing is observable.
 */
package org.snark4j.core.bls12_381;
