package org.snark4j.bridge.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC 2.0 over HTTP to an Ethereum node (java.net.http and Jackson), each call with a timeout. An error
 * object from the node is an {@link EvmRpcException} carrying its code and message; a transport failure or an
 * HTTP status other than 200 is an {@link IOException} naming the endpoint.
 */
public final class EvmRpc {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;
  private final AtomicLong ids = new AtomicLong();

  public EvmRpc(URI endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public EvmRpc(String endpoint) {
    this(URI.create(endpoint), Duration.ofSeconds(30));
  }

  /** Calls a method with positional parameters (strings, numbers, booleans or Jackson nodes); returns the result. */
  public JsonNode call(String method, Object... params) throws IOException {
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
    }
    if (response.statusCode() != 200) {
      throw new IOException(method + " to " + endpoint + ": HTTP " + response.statusCode());
    }
    JsonNode body = JSON.readTree(response.body());
    JsonNode error = body.get("error");
    if (error != null && !error.isNull()) {
      JsonNode data = error.get("data");
      throw new EvmRpcException(method, error.path("code").asLong(), error.path("message").asText(),
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

  public static ObjectMapper json() {
    return JSON;
  }
}
