package org.snark4j.bridge.substrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.snark4j.bridge.evm.EvmRpc;
import org.snark4j.bridge.evm.EvmRpcException;

/**
 * JSON-RPC over one WebSocket (java.net.http): calls matched to answers by id, and subscriptions whose
 * notifications go to a callback. A call that gets no answer within the timeout, or whose connection drops, is
 * retried on a new connection with backoff and jitter as the {@link EvmRpc.Retry} policy says; a node's error
 * object is an {@link EvmRpcException} and is not retried. A subscription does not survive its connection: when
 * the connection ends, its {@code onEnd} callback hears why, and the caller subscribes again (after reading what
 * it missed). Callbacks run in order, one at a time, on a thread of their own: they may call the node.
 */
public final class WebSocketRpc implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Notifications kept for a subscription id not yet known (its answer still being handed to the caller). */
  private static final int EARLY_NOTIFICATIONS = 1024;

  private final URI endpoint;
  private final Duration timeout;
  private final EvmRpc.Retry retry;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();
  /** Runs the subscriptions' callbacks in order, off the listener thread (so that they may call the node). */
  private final ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "snark4j-websocket-callbacks");
    t.setDaemon(true);
    return t;
  });
  private final Object lock = new Object();
  private Connection connection; // guarded by lock
  private boolean closed; // guarded by lock

  /** One WebSocket and what waits on it. */
  private final class Connection implements WebSocket.Listener {
    final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    final Map<String, Sub> subscriptions = new ConcurrentHashMap<>();
    final Map<String, Deque<JsonNode>> early = new ConcurrentHashMap<>();
    final StringBuilder partial = new StringBuilder();
    volatile WebSocket socket;
    volatile IOException ended;

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        dispatch(text);
      }
      ws.request(1);
      return null;
    }

    private void dispatch(String text) {
      JsonNode msg;
      try {
        msg = JSON.readTree(text);
      } catch (IOException e) {
        return; // not JSON: nothing can be matched to it
      }
      if (msg.has("id") && !msg.get("id").isNull()) {
        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asLong());
        if (f != null) {
          f.complete(msg);
        }
        return;
      }
      JsonNode params = msg.path("params");
      String id = params.path("subscription").asText(null);
      if (id == null) {
        return;
      }
      synchronized (early) { // against a subscription being registered: nothing lost, nothing out of order
        Sub s = subscriptions.get(id);
        if (s != null) {
          s.deliver(params.get("result"));
        } else if (early.size() < 64 || early.containsKey(id)) {
          Deque<JsonNode> q = early.computeIfAbsent(id, k -> new ArrayDeque<>());
          if (q.size() < EARLY_NOTIFICATIONS) {
            q.add(params.get("result"));
          }
        }
      }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      end(new IOException("the node closed the WebSocket " + endpoint + " (" + statusCode
          + (reason == null || reason.isEmpty() ? "" : ", " + reason) + ")"));
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      end(new IOException("the WebSocket " + endpoint + " failed: " + error, error));
    }

    void end(IOException why) {
      ended = why;
      pending.values().forEach(f -> f.completeExceptionally(why));
      pending.clear();
      List<Sub> subs = new ArrayList<>(subscriptions.values());
      subscriptions.clear();
      subs.forEach(s -> s.end(why));
      synchronized (lock) {
        if (connection == this) {
          connection = null;
        }
      }
    }
  }

  /** A live subscription: {@link #close} unsubscribes. */
  public final class Subscription implements AutoCloseable {
    private final Sub sub;

    private Subscription(Sub sub) {
      this.sub = sub;
    }

    /** The node's subscription id. */
    public String id() {
      return sub.id;
    }

    /** Unsubscribes (best effort when the connection is gone); onEnd then hears nothing. */
    @Override
    public void close() {
      if (sub.connection.subscriptions.remove(sub.id) != null && sub.connection.ended == null) {
        try {
          send(sub.connection, sub.unsubscribe, sub.id);
        } catch (IOException | RuntimeException e) {
          // the subscription is dropped on our side either way
        }
      }
      sub.done = true;
    }
  }

  private final class Sub {
    final Connection connection;
    final String id;
    final String unsubscribe;
    final Consumer<JsonNode> onItem;
    final Consumer<Throwable> onEnd;
    volatile boolean done;

    Sub(Connection connection, String id, String unsubscribe, Consumer<JsonNode> onItem, Consumer<Throwable> onEnd) {
      this.connection = connection;
      this.id = id;
      this.unsubscribe = unsubscribe;
      this.onItem = onItem;
      this.onEnd = onEnd;
    }

    void deliver(JsonNode item) {
      callbacks.execute(() -> {
        if (!done) {
          onItem.accept(item);
        }
      });
    }

    void end(Throwable why) {
      callbacks.execute(() -> {
        if (!done) {
          done = true;
          onEnd.accept(why);
        }
      });
    }
  }

  public WebSocketRpc(URI endpoint, Duration timeout, EvmRpc.Retry retry) {
    String scheme = endpoint.getScheme();
    if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
      throw new IllegalArgumentException("a WebSocket endpoint is ws:// or wss://, got " + endpoint);
    }
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.retry = retry;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public URI endpoint() {
    return endpoint;
  }

  private Connection connection() throws IOException {
    synchronized (lock) {
      if (closed) {
        throw new IOException("the client of " + endpoint + " is closed");
      }
      if (connection != null && connection.ended == null) {
        return connection;
      }
      Connection c = new Connection();
      try {
        c.socket = http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(endpoint, c)
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("connecting to " + endpoint + " was interrupted", e);
      } catch (ExecutionException | TimeoutException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        throw new Transient("cannot connect to " + endpoint + ": " + cause, cause);
      }
      connection = c;
      return c;
    }
  }

  /** A transient failure: worth another attempt on a new connection. */
  private static final class Transient extends IOException {
    Transient(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Calls a method with positional parameters; returns the result. */
  public JsonNode call(String method, Object... params) throws IOException {
    return retrying(method, () -> send(connection(), method, params));
  }

  private interface Attempt<T> {
    T run() throws IOException;
  }

  /** Runs an attempt until it succeeds, fails for good, or the retry policy's attempts are spent. */
  private <T> T retrying(String method, Attempt<T> attempt) throws IOException {
    long backoff = retry.initialBackoff().toMillis();
    for (int n = 1; ; n++) {
      try {
        return attempt.run();
      } catch (Transient e) {
        if (n >= retry.attempts()) {
          throw new IOException(method + " to " + endpoint + " failed " + n + " times, last: " + e.getMessage(),
              e.getCause() == null ? e : e.getCause());
        }
      }
      try {
        long jitter = backoff <= 1 ? 0 : ThreadLocalRandom.current().nextLong(backoff / 2);
        Thread.sleep(backoff / 2 + jitter + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(method + " to " + endpoint + " was interrupted", e);
      }
      backoff = Math.min(backoff * 2, retry.maxBackoff().toMillis());
    }
  }

  private JsonNode send(Connection c, String method, Object... params) throws IOException {
    long id = ids.incrementAndGet();
    ObjectNode req = JSON.createObjectNode();
    req.put("jsonrpc", "2.0");
    req.put("id", id);
    req.put("method", method);
    ArrayNode p = req.putArray("params");
    for (Object o : params) {
      p.add(JSON.valueToTree(o));
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    c.pending.put(id, answer);
    if (c.ended != null) {
      c.pending.remove(id);
      throw new Transient(c.ended.getMessage(), c.ended);
    }
    JsonNode msg;
    try {
      synchronized (c) { // one frame at a time: WebSocket.sendText must not overlap
        c.socket.sendText(JSON.writeValueAsString(req), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      msg = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(method + " to " + endpoint + " was interrupted", e);
    } catch (ExecutionException e) {
      throw new Transient(String.valueOf(e.getCause().getMessage()), e.getCause());
    } catch (TimeoutException e) {
      c.pending.remove(id);
      // a connection that let a call time out is suspect: the next call opens a new one
      c.socket.abort();
      c.end(new IOException("no answer from " + endpoint + " within " + timeout.toMillis() + " ms"));
      throw new Transient(method + ": no answer within " + timeout.toMillis() + " ms", e);
    }
    JsonNode error = msg.get("error");
    if (error != null && !error.isNull()) {
      JsonNode data = error.get("data");
      throw new EvmRpcException(method, error.path("code").asLong(), error.path("message").asText(),
          data == null || data.isNull() ? null : data.isTextual() ? data.asText() : data.toString());
    }
    if (!msg.has("result")) {
      throw new IOException(method + " to " + endpoint + ": neither result nor error in " + msg);
    }
    return msg.get("result");
  }

  /**
   * Subscribes ({@code chain_subscribeFinalizedHeads}, {@code author_submitAndWatchExtrinsic}, ...): each
   * notification's result goes to {@code onItem}; {@code onEnd} hears once why the subscription ended if the
   * connection does (not after {@link Subscription#close}). The subscribe call itself is retried like any call.
   */
  public Subscription subscribe(String method, String unsubscribeMethod, Consumer<JsonNode> onItem,
      Consumer<Throwable> onEnd, Object... params) throws IOException {
    return retrying(method, () -> {
      Connection c = connection();
      String id = send(c, method, params).asText();
      Sub sub = new Sub(c, id, unsubscribeMethod, onItem, onEnd);
      synchronized (c.early) {
        c.subscriptions.put(id, sub);
        Deque<JsonNode> q = c.early.remove(id);
        if (q != null) {
          q.forEach(sub::deliver);
        }
      }
      if (c.ended != null) {
        sub.end(c.ended);
      }
      return new Subscription(sub);
    });
  }

  /** Closes the connection; subscriptions end (their onEnd hears it), later calls fail. */
  @Override
  public void close() {
    Connection c;
    synchronized (lock) {
      closed = true;
      c = connection;
      connection = null;
    }
    if (c != null) {
      c.end(new IOException("the client of " + endpoint + " was closed"));
      c.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(1, TimeUnit.SECONDS)
          .whenComplete((ws, e) -> c.socket.abort());
    }
    callbacks.shutdown(); // the onEnd callbacks queued above still run
  }
}
