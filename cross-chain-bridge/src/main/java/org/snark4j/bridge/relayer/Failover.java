package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.util.List;
import org.snark4j.bridge.evm.EvmRpcException;

/**
 * Several endpoints of one chain, used in order: a call that fails on the current endpoint for a transport reason
 * (after that client's own retries) is tried on the next, which becomes current. A node's error answer
 * ({@link EvmRpcException}) is the chain's answer and goes to the caller as it is.
 */
final class Failover<T> {
  interface Call<T, R> {
    R on(T client) throws IOException;
  }

  private final String chain;
  private final List<T> clients;
  private final List<String> names;
  private volatile int current;

  Failover(String chain, List<T> clients, List<String> names) {
    this.chain = chain;
    this.clients = List.copyOf(clients);
    this.names = List.copyOf(names);
  }

  <R> R call(Call<T, R> call) throws IOException {
    IOException last = null;
    int start = current;
    for (int i = 0; i < clients.size(); i++) {
      int at = (start + i) % clients.size();
      try {
        R out = call.on(clients.get(at));
        if (at != current) {
          Log.info("chain " + chain + ": now using endpoint " + names.get(at));
          current = at;
        }
        return out;
      } catch (EvmRpcException e) {
        throw e;
      } catch (IOException e) {
        last = e;
        Log.warn("chain " + chain + ": endpoint " + names.get(at) + " failed: " + e.getMessage());
      }
    }
    throw new IOException("chain " + chain + ": every endpoint failed; last: " + (last == null ? "?"
        : last.getMessage()), last);
  }

  List<T> clients() {
    return clients;
  }
}
