package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.math.BigInteger;

/** Where a route's messages go. */
interface Destination {
  String name();

  /** The signer's balance (wei or planck), for the metrics. */
  BigInteger balance() throws IOException;

  /** Takes a VERIFIED or SUBMITTED message as far as it goes now, recording each step in the store. */
  void step(RouteContext ctx, Store.Message m) throws IOException;
}
