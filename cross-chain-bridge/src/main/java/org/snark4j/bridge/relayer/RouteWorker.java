package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.snark4j.core.bn254.Fr;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * One route's loop: polls the source into the store, verifies each new message's proof here (an invalid one is
 * failed with the reason and never sent) and takes each verified message to the destination; pauses when the
 * destination's signer cannot pay, backs off when a chain is out of reach.
 */
final class RouteWorker implements Runnable {
  private final RelayerState state;
  final RelayerConfig.Route route;
  final Source source;
  final Destination destination;
  final VerifyingKeys keys;
  final RouteContext ctx;
  volatile long lastLoop = System.currentTimeMillis();
  volatile long lag = -1;
  volatile String paused;
  volatile long pausedUntil;
  volatile String lastError;
  Thread thread;

  RouteWorker(RelayerState state, RelayerConfig.Route route, Source source, Destination destination,
      VerifyingKeys keys) {
    this.state = state;
    this.route = route;
    this.source = source;
    this.destination = destination;
    this.keys = keys;
    this.ctx = new RouteContext(state, this);
  }

  void pause(String why) {
    if (paused == null) {
      Log.error("route " + route.name() + " paused: " + why + " (the other routes go on; tried again in 15 s)");
    }
    paused = why;
    pausedUntil = System.currentTimeMillis() + 15_000;
  }

  @Override
  public void run() {
    long backoff = 500;
    long poll = state.config.chains().get(route.from()).pollMillis();
    while (!state.stopping) {
      try {
        lastLoop = System.currentTimeMillis();
        try {
          lag = source.poll(route, state.store);
        } catch (IOException e) {
          // the source is out of reach: what was read before still goes on to the destination
          process();
          throw e;
        }
        process();
        lastError = null;
        backoff = 500;
        if (lag == 0) {
          state.sleep(poll);
        }
      } catch (IOException | RuntimeException e) {
        lastError = e.getMessage();
        if (state.stopping) {
          break;
        }
        Log.warn("route " + route.name() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()
            + " (again in " + backoff + " ms)");
        state.sleep(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
        backoff = Math.min(30_000, backoff * 2);
      }
    }
  }

  private void process() throws IOException {
    if (paused != null) {
      if (System.currentTimeMillis() < pausedUntil) {
        return;
      }
      Log.info("route " + route.name() + ": trying again after the pause (" + paused + ")");
      paused = null;
    }
    for (Store.Message m : state.store.pending(route.name())) {
      if (state.stopping || paused != null) {
        return;
      }
      Long wait = state.notBefore.get(route.name() + "/" + m.id());
      if (wait != null && wait > System.currentTimeMillis()) {
        continue;
      }
      if (m.status() == Store.Status.SEEN && !verify(m)) {
        continue;
      }
      Store.Message now = state.store.get(route.name(), m.id());
      destination.step(ctx, now);
      lastLoop = System.currentTimeMillis();
      try {
        state.metrics.balance(destination.name(), destination.balance());
      } catch (IOException e) {
        // the balance is for the metrics only
      }
    }
  }

  /** Checks the proof here before any fee is spent; false when it failed (recorded with the reason). */
  private boolean verify(Store.Message m) throws IOException {
    Groth16VerifyingKey vk = keys.byId.get(m.keyId());
    String why = null;
    if (vk == null) {
      why = "no verifying key for key id " + m.keyId() + " in the config";
    } else if (!route.carries(m.keyId())) {
      why = "route " + route.name() + " does not carry key " + m.keyId() + " (its keys: " + route.keys() + ")";
    } else {
      try {
        Groth16Proof proof = MessageCodec.decodeProof(m.proof());
        List<BigInteger> in = MessageCodec.inputs(m);
        if (in.size() + 1 != vk.ic().size()) {
          why = "key " + m.keyId() + " takes " + (vk.ic().size() - 1) + " public inputs, the message has "
              + in.size();
        } else if (in.stream().anyMatch(x -> x.compareTo(Fr.MODULUS) >= 0)) {
          why = "a public input is not below the scalar field's order";
        } else if (keys.refusedById.containsKey(m.keyId())) {
          why = keys.refusedById.get(m.keyId());
        } else if (!keys.verifierById.get(m.keyId()).verify(proof, in.toArray(BigInteger[]::new))) {
          why = "the proof does not verify against key " + m.keyId();
        }
      } catch (IllegalArgumentException e) {
        why = "malformed proof: " + e.getMessage();
      }
    }
    if (why != null) {
      ctx.failed(m, why);
      return false;
    }
    state.store.mark(route.name(), m.id(), Store.Status.VERIFIED, null);
    return true;
  }
}
