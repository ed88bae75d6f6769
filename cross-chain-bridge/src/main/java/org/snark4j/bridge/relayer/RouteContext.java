package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.snark4j.core.bn254.Fr;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;

/** What a destination may do with a message and the route it belongs to. */
final class RouteContext {
  private final RelayerState state;
  private final RouteWorker worker;

  RouteContext(RelayerState state, RouteWorker worker) {
    this.state = state;
    this.worker = worker;
  }

  Store store() {
    return state.store;
  }

  boolean stopping() {
    return state.stopping;
  }

  void sleep(long millis) {
    state.sleep(millis);
  }

  Groth16VerifyingKey key(String keyId) {
    return worker.keys.byId.get(keyId);
  }

  Groth16Proof proof(Store.Message m) {
    return MessageCodec.decodeProof(m.proof());
  }

  List<Fr> frInputs(Store.Message m) {
    return MessageCodec.inputs(m).stream().map(Fr::of).toList();
  }

  void included(Store.Message m, String where) throws IOException {
    state.store.mark(m.route(), m.id(), Store.Status.INCLUDED, where);
    state.metrics.delivered(m);
    Log.info("route " + m.route() + ": message " + m.id() + " delivered: " + where);
  }

  void failed(Store.Message m, String why) throws IOException {
    state.store.mark(m.route(), m.id(), Store.Status.FAILED, why);
    Log.warn("route " + m.route() + ": message " + m.id() + " failed: " + why);
  }

  void retryLater(Store.Message m, String why) throws IOException {
    state.store.attempt(m.route(), m.id(), why);
    int attempts = m.attempts() + 1;
    long backoff = Math.min(60_000, 500L << Math.min(attempts, 7));
    state.notBefore.put(m.route() + "/" + m.id(), System.currentTimeMillis() + backoff / 2
        + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
    Log.warn("route " + m.route() + ": message " + m.id() + " waits (attempt " + attempts + "): " + why);
  }

  void outOfFunds(String why) {
    worker.pause(why);
  }

  /** The nonce a new message to this route's destination may take, given the chain's next one. */
  long freeNonce(long chainNext) throws IOException {
    return state.store.freeNonce(chainNext, state.routesTo.getOrDefault(worker.route.to(), List.of()));
  }
}
