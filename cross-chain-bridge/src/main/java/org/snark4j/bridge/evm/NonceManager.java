package org.snark4j.bridge.evm;

import java.io.IOException;

/**
 * Nonces for one sender, safe for concurrent senders in this process: the first is the node's pending count,
 * the next ones are counted here. After a failure that may have left a gap or a clash ("nonce too low" because
 * another process sent, a transaction that never reached the node), {@link #resync} reads the node again.
 */
public final class NonceManager {
  private final EvmRpc rpc;
  private final String address;
  private long next = -1;

  public NonceManager(EvmRpc rpc, String address) {
    this.rpc = rpc;
    this.address = address;
  }

  /** The nonce to use for the next transaction; each call returns a new one. */
  public synchronized long next() throws IOException {
    if (next < 0) {
      next = rpc.pendingNonce(address);
    }
    return next++;
  }

  /** Forgets the count: the next call asks the node. */
  public synchronized void resync() {
    next = -1;
  }
}
