package org.snark4j.bridge.relayer;

import java.io.IOException;

/** Where a route's messages come from. */
interface Source {
  String name();

  /** Reads final blocks after the route's cursor into the store; returns how many blocks the cursor lags. */
  long poll(RelayerConfig.Route route, Store store) throws IOException;
}
