package org.snark4j.bridge.relayer;

import java.io.IOException;

/** A chain the relayer reads from and writes to: each kind of chain in the config has one. */
sealed interface ChainAdapter extends Source, Destination permits EvmChain, SubstrateChain {
  /** The adapter for a chain of the config (its signer loaded, its endpoints set up, nothing sent yet). */
  static ChainAdapter of(RelayerConfig.Chain chain, VerifyingKeys keys) throws IOException {
    return switch (chain.kind()) {
      case EVM -> new EvmChain(chain);
      case SUBSTRATE -> new SubstrateChain(chain, keys);
    };
  }
}
