/** The relayer: proofs carried between EVM and Substrate chains, once each, through crashes and faults. */
package org.snark4j.bridge.relayer;
