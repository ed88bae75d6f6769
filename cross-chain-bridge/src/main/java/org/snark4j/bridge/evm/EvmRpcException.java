package org.snark4j.bridge.evm;

/** A JSON-RPC error from an Ethereum node, with its code, message and data as the node sent them. */
public final class EvmRpcException extends RuntimeException {
  private final long code;
  private final String data;

  public EvmRpcException(String method, long code, String message, String data) {
    super(method + ": the node answered error " + code + ": " + message + (data == null ? "" : " (data " + data + ")"));
    this.code = code;
    this.data = data;
  }

  public long code() {
    return code;
  }

  /** The error's data (for a revert, the revert payload as hex), or null. */
  public String data() {
    return data;
  }
}
