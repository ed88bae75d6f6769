/**
 * The EVM side of the bridge: Solidity verifiers generated from a verifying key, proof calldata (being built:
 * issue 5).
 */
package org.snark4j.bridge.evm;
