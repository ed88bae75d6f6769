/** Baby Jubjub, the twisted Edwards curve over BN254's Fr used by circomlib's EdDSA. */
package org.snark4j.circuits.gadgets.babyjub;
