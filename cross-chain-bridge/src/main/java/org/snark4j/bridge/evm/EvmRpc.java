package org.snark4j.bridge.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC 2.0 over HTTP to an Ethereum node (java.net.http and Jackson), each call with a timeout. Transient
 * failures (a connection error or timeout, HTTP 429 or 5xx, the node's "limit exceeded" -32005) are retried with
 * exponential backoff and jitter; an answer a retry cannot change (an error object such as a revert or "nonce too
 * low", another HTTP status) is not. An error object from the node is an {@link EvmRpcException} carrying its
 * code, message and data; a transport failure after the retries, or an unexpected HTTP status, is an
 * {@link IOException} naming the endpoint and the method.
 */
public final class EvmRpc {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How often and how patiently transient failures are retried. */
  public record Retry(int attempts, Duration initialBackoff, Duration maxBackoff) {
    public Retry {
      if (attempts < 1 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("attempts ≥ 1 and 0 ≤ initial backoff ≤ max backoff, got " + attempts
            + ", " + initialBackoff + ", " + maxBackoff);
      }
    }

    public static final Retry DEFAULT = new Retry(5, Duration.ofMillis(200), Duration.ofSeconds(5));
    public static final Retry NONE = new Retry(1, Duration.ZERO, Duration.ZERO);
  }

  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;
  private final Retry retry;
  private final AtomicLong ids = new AtomicLong();

  public EvmRpc(URI endpoint, Duration timeout, Retry retry) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.retry = retry;
    // HTTP/1.1: some nodes (chopsticks) answer 405 to the HTTP/2 upgrade the client would otherwise try
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
  }

  public EvmRpc(String endpoint) {
    this(URI.create(endpoint), Duration.ofSeconds(30), Retry.DEFAULT);
  }

  public URI endpoint() {
    return endpoint;
  }

  /** A transient failure: worth another attempt. */
  private static final class Transient extends IOException {
    Transient(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Calls a method with positional parameters (strings, numbers, booleans or Jackson nodes); returns the result. */
  public JsonNode call(String method, Object... params) throws IOException {
    long backoff = retry.initialBackoff().toMillis();
    for (int attempt = 1; ; attempt++) {
      try {
        return once(method, params);
      } catch (Transient e) {
        if (attempt >= retry.attempts()) {
          throw new IOException(method + " to " + endpoint + " failed " + attempt + " times, last: " + e.getMessage(),
              e.getCause() == null ? e : e.getCause());
        }
      }
      try {
        long jitter = backoff <= 1 ? 0 : java.util.concurrent.ThreadLocalRandom.current().nextLong(backoff / 2);
        Thread.sleep(backoff / 2 + jitter + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(method + " to " + endpoint + " was interrupted", e);
      }
      backoff = Math.min(backoff * 2, retry.maxBackoff().toMillis());
    }
  }

  private JsonNode once(String method, Object... params) throws IOException {
    ObjectNode req = JSON.createObjectNode();
    req.put("jsonrpc", "2.0");
    req.put("id", ids.incrementAndGet());
    req.put("method", method);
    ArrayNode p = req.putArray("params");
    for (Object o : params) {
      p.add(JSON.valueToTree(o));
    }
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(req))).build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(method + " to " + endpoint + " was interrupted", e);
    } catch (IOException e) {
      throw new Transient(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      throw new Transient("HTTP " + status, null);
    }
    if (status != 200) {
      throw new IOException(method + " to " + endpoint + ": HTTP " + status);
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IOException(method + " to " + endpoint + ": the answer is not JSON", e);
    }
    JsonNode error = body.get("error");
    if (error != null && !error.isNull()) {
      JsonNode data = error.get("data");
      long code = error.path("code").asLong();
      if (code == -32005) {
        throw new Transient("the node's limit was exceeded: " + error.path("message").asText(), null);
      }
      throw new EvmRpcException(method, code, error.path("message").asText(),
          data == null || data.isNull() ? null : data.isTextual() ? data.asText() : data.toString());
    }
    if (!body.has("result")) {
      throw new IOException(method + " to " + endpoint + ": neither result nor error in " + body);
    }
    return body.get("result");
  }

  /** eth_call to a contract at the latest block; returns the returned bytes. */
  public byte[] ethCall(String to, byte[] data) throws IOException {
    ObjectNode tx = JSON.createObjectNode();
    tx.put("to", to);
    tx.put("data", Hex.encode(data));
    return Hex.decode(call("eth_call", tx, "latest").asText());
  }

  public long chainId() throws IOException {
    return quantity(call("eth_chainId"), "eth_chainId").longValueExact();
  }

  public long blockNumber() throws IOException {
    return quantity(call("eth_blockNumber"), "eth_blockNumber").longValueExact();
  }

  /** The next nonce of an address, counting the transactions in the pool ("pending"). */
  public long pendingNonce(String address) throws IOException {
    return quantity(call("eth_getTransactionCount", address, "pending"), "eth_getTransactionCount").longValueExact();
  }

  /** The nonce of an address as of a block tag ("latest", "pending") or number ("0x1b"). */
  public long nonce(String address, String block) throws IOException {
    return quantity(call("eth_getTransactionCount", address, block), "eth_getTransactionCount").longValueExact();
  }

  /** The balance of an address in wei at the latest block. */
  public BigInteger balance(String address) throws IOException {
    return quantity(call("eth_getBalance", address, "latest"), "eth_getBalance");
  }

  public BigInteger gasPrice() throws IOException {
    return quantity(call("eth_gasPrice"), "eth_gasPrice");
  }

  public BigInteger maxPriorityFeePerGas() throws IOException {
    return quantity(call("eth_maxPriorityFeePerGas"), "eth_maxPriorityFeePerGas");
  }

  /** The base fee of the next block, from eth_feeHistory. */
  public BigInteger nextBaseFee() throws IOException {
    JsonNode h = call("eth_feeHistory", "0x1", "latest", JSON.createArrayNode());
    JsonNode fees = h.path("baseFeePerGas");
    if (!fees.isArray() || fees.isEmpty()) {
      throw new IOException("eth_feeHistory from " + endpoint + " has no baseFeePerGas: " + h);
    }
    return quantity(fees.get(fees.size() - 1), "baseFeePerGas");
  }

  public long estimateGas(String from, String to, byte[] data) throws IOException {
    ObjectNode tx = JSON.createObjectNode().put("from", from).put("data", Hex.encode(data));
    if (to != null) {
      tx.put("to", to);
    }
    return quantity(call("eth_estimateGas", tx), "eth_estimateGas").longValueExact();
  }

  /** Sends a signed transaction; returns its hash. */
  public String sendRawTransaction(byte[] raw) throws IOException {
    return call("eth_sendRawTransaction", Hex.encode(raw)).asText();
  }

  /** The receipt, or null while the transaction is not in a block. */
  public JsonNode receipt(String hash) throws IOException {
    JsonNode r = call("eth_getTransactionReceipt", hash);
    return r == null || r.isNull() ? null : r;
  }

  /** The block with transaction hashes only, or null past the head. */
  public JsonNode blockByNumber(long number) throws IOException {
    JsonNode b = call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false);
    return b == null || b.isNull() ? null : b;
  }

  /** Logs of an address in a block range, with the first topic one of those given (none: any). */
  public java.util.List<EvmLog> logs(String address, long fromBlock, long toBlock, String... topic0) throws IOException {
    ObjectNode f = JSON.createObjectNode().put("address", address).put("fromBlock", "0x" + Long.toHexString(fromBlock))
        .put("toBlock", "0x" + Long.toHexString(toBlock));
    if (topic0.length > 0) {
      ArrayNode any = f.putArray("topics").addArray();
      for (String t : topic0) {
        any.add(t);
      }
    }
    java.util.List<EvmLog> out = new java.util.ArrayList<>();
    for (JsonNode l : call("eth_getLogs", f)) {
      out.add(EvmLog.of(l));
    }
    return out;
  }

  static BigInteger quantity(JsonNode n, String what) throws IOException {
    String s = n == null ? "" : n.asText();
    if (!s.startsWith("0x") || s.length() < 3) {
      throw new IOException(what + ": expected a hex quantity, got " + n);
    }
    return new BigInteger(s.substring(2), 16);
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
