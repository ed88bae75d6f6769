package org.snark4j.bridge.relayer;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snark4j.verifier.Groth16VerifyingKey;
import org.snark4j.verifier.SnarkjsFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The relayer's configuration, read from YAML and validated as a whole before anything starts: every error names
 * the file, the line and the field ({@code relayer.yaml:12: chains.sepolia.rpc: expected ...}). See
 * docs/relayer.md for the reference. Paths are relative to the config file's folder; secrets may come from the
 * environment ({@code key-env}, {@code seed-env}, {@code password-env}) rather than the file.
 */
public record RelayerConfig(Path dataDir, String metrics, Map<String, Key> keys, Map<String, Chain> chains,
    List<Route> routes) {

  /** A verifying key under its 32-byte key id (the ProofInbox's key id; the Substrate pallet gets the key). */
  public record Key(String id, Path file, Groth16VerifyingKey vk) {}

  /** A chain: its kind, endpoints (failover in order), signer, and how it is read. */
  public record Chain(String name, Kind kind, List<String> rpc, Signer signer, int confirmations, String inbox,
      long gasLimit, long pollMillis, long stuckSeconds, long timeoutSeconds) {}

  public enum Kind { EVM, SUBSTRATE }

  /** Where a signer's secret is: a hex key or seed (or dev path), or an EVM keystore file and its password. */
  public record Signer(String secret, String type, Path keystore, String password) {}

  /**
   * A route: messages from one chain to another; for EVM sources, the ProofRequested destination it takes; the key
   * ids it carries (empty: every key of the config).
   */
  public record Route(String name, String from, String to, BigInteger destination, long startBlock,
      List<String> keys) {
    /** Whether this route carries proofs of a key id. */
    public boolean carries(String keyId) {
      return keys.isEmpty() || keys.contains(keyId);
    }
  }

  /** A configuration error with its place. */
  public static final class ConfigException extends IllegalArgumentException {
    ConfigException(String message) {
      super(message);
    }
  }

  private static final class Reader0 {
    final String file;
    final Map<String, String> env;
    final List<String> errors = new ArrayList<>();

    Reader0(String file, Map<String, String> env) {
      this.file = file;
      this.env = env;
    }

    void error(Node at, String field, String message) {
      errors.add(file + ":" + (at == null ? "?" : at.getStartMark().getLine() + 1) + ": " + field + ": " + message);
    }

    Map<String, Node> map(Node n, String field, Set<String> allowed) {
      Map<String, Node> out = new LinkedHashMap<>();
      if (!(n instanceof MappingNode m)) {
        error(n, field, "expected a mapping (key: value lines), got " + what(n));
        return out;
      }
      for (NodeTuple t : m.getValue()) {
        String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
        if (k == null) {
          error(t.getKeyNode(), field, "expected a plain key");
          continue;
        }
        if (allowed != null && !allowed.contains(k)) {
          error(t.getKeyNode(), field + "." + k, "unknown field; expected one of " + allowed);
          continue;
        }
        out.put(k, t.getValueNode());
      }
      return out;
    }

    String string(Map<String, Node> m, Node parent, String key, String field, boolean required) {
      Node n = m.get(key);
      if (n == null) {
        if (required) {
          error(parent, field + "." + key, "missing");
        }
        return null;
      }
      if (!(n instanceof ScalarNode s)) {
        error(n, field + "." + key, "expected a single value, got " + what(n));
        return null;
      }
      return s.getValue();
    }

    long number(Map<String, Node> m, Node parent, String key, String field, long def, long min, long max) {
      String v = string(m, parent, key, field, false);
      if (v == null) {
        return def;
      }
      try {
        long x = Long.parseLong(v.strip());
        if (x < min || x > max) {
          error(m.get(key), field + "." + key, "expected a number in [" + min + ", " + max + "], got " + v);
        }
        return x;
      } catch (NumberFormatException e) {
        error(m.get(key), field + "." + key, "expected a whole number, got \"" + v + "\"");
        return def;
      }
    }

    List<String> strings(Map<String, Node> m, Node parent, String key, String field) {
      Node n = m.get(key);
      List<String> out = new ArrayList<>();
      if (n == null) {
        error(parent, field + "." + key, "missing");
      } else if (n instanceof ScalarNode s) {
        out.add(s.getValue());
      } else if (n instanceof SequenceNode seq) {
        for (Node x : seq.getValue()) {
          if (x instanceof ScalarNode s) {
            out.add(s.getValue());
          } else {
            error(x, field + "." + key, "expected a single value per item, got " + what(x));
          }
        }
        if (out.isEmpty()) {
          error(n, field + "." + key, "expected at least one");
        }
      } else {
        error(n, field + "." + key, "expected a value or a list, got " + what(n));
      }
      return out;
    }

    String fromEnv(Map<String, Node> m, Node parent, String key, String field) {
      String var = string(m, parent, key, field, false);
      if (var == null) {
        return null;
      }
      String v = env.get(var);
      if (v == null || v.isEmpty()) {
        error(m.get(key), field + "." + key, "the environment variable " + var + " is not set");
      }
      return v;
    }

    static String what(Node n) {
      return n instanceof MappingNode ? "a mapping" : n instanceof SequenceNode ? "a list" : n == null ? "nothing"
          : "\"" + ((ScalarNode) n).getValue() + "\"";
    }
  }

  /** Reads and validates a config file; secrets named by {@code *-env} come from {@code env}. */
  public static RelayerConfig read(Path file, Map<String, String> env) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Path base = file.toAbsolutePath().getParent();
    Reader0 r = new Reader0(file.getFileName().toString(), env);
    Node root;
    try (Reader in = new java.io.StringReader(text)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      root = new Yaml(options).compose(in);
    } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
      throw new ConfigException(r.file + ":" + (e.getProblemMark() == null ? "?" : e.getProblemMark().getLine() + 1)
          + ": not valid YAML: " + e.getProblem());
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw new ConfigException(r.file + ": not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      throw new ConfigException(r.file + ": empty; expected data, keys, chains and routes");
    }
    Map<String, Node> top = r.map(root, "(top)", Set.of("data", "metrics", "keys", "chains", "routes"));

    String data = r.string(top, root, "data", "(top)", true);
    String metrics = r.string(top, root, "metrics", "(top)", false);
    if (metrics != null && !metrics.matches("[^:\\s]+:\\d{1,5}")) {
      r.error(top.get("metrics"), "metrics", "expected host:port such as 127.0.0.1:9464, got \"" + metrics + "\"");
    }

    Map<String, Key> keys = new LinkedHashMap<>();
    if (top.get("keys") == null) {
      r.error(root, "keys", "missing: the verifying keys by key id");
    } else {
      for (Map.Entry<String, Node> e : r.map(top.get("keys"), "keys", null).entrySet()) {
        String id = e.getKey().toLowerCase();
        if (!id.matches("0x[0-9a-f]{64}")) {
          r.error(e.getValue(), "keys." + e.getKey(), "a key id is 32 bytes of hex with 0x");
          continue;
        }
        if (!(e.getValue() instanceof ScalarNode s)) {
          r.error(e.getValue(), "keys." + e.getKey(), "expected the path of a verification_key.json");
          continue;
        }
        Path f = base.resolve(s.getValue());
        try {
          keys.put(id, new Key(id, f, SnarkjsFiles.readVerifyingKey(f)));
        } catch (IOException | IllegalArgumentException x) {
          r.error(s, "keys." + e.getKey(), "cannot read " + f + ": " + x.getMessage());
        }
      }
    }

    Map<String, Chain> chains = new LinkedHashMap<>();
    Set<String> declared = new java.util.HashSet<>(); // chain names, also those with errors (no second error)
    if (top.get("chains") == null) {
      r.error(root, "chains", "missing");
    } else {
      for (Map.Entry<String, Node> e : r.map(top.get("chains"), "chains", null).entrySet()) {
        String name = e.getKey();
        declared.add(name);
        String field = "chains." + name;
        Node at = e.getValue();
        Map<String, Node> c = r.map(at, field, Set.of("kind", "rpc", "signer", "confirmations", "inbox", "gas-limit",
            "poll-ms", "stuck-after-s", "timeout-s"));
        String kind = r.string(c, at, "kind", field, true);
        Kind k = null;
        if ("evm".equals(kind)) {
          k = Kind.EVM;
        } else if ("substrate".equals(kind)) {
          k = Kind.SUBSTRATE;
        } else if (kind != null) {
          r.error(c.get("kind"), field + ".kind", "expected evm or substrate, got \"" + kind + "\"");
        }
        List<String> rpc = r.strings(c, at, "rpc", field);
        for (String u : rpc) {
          boolean ok = k == Kind.EVM ? u.matches("https?://\\S+") : u.matches("(wss?|https?)://\\S+");
          if (!ok) {
            r.error(c.get("rpc"), field + ".rpc", "expected " + (k == Kind.EVM ? "an http(s):// URL"
                : "a ws(s):// or http(s):// URL") + ", got \"" + u + "\"");
          }
        }
        String inbox = r.string(c, at, "inbox", field, k == Kind.EVM);
        if (inbox != null && !inbox.matches("0x[0-9a-fA-F]{40}")) {
          r.error(c.get("inbox"), field + ".inbox", "expected a 20-byte address with 0x, got \"" + inbox + "\"");
        }
        if (inbox != null && k == Kind.SUBSTRATE) {
          r.error(c.get("inbox"), field + ".inbox", "only EVM chains have an inbox contract");
        }
        Signer signer = null;
        Node sn = c.get("signer");
        if (sn == null) {
          r.error(at, field + ".signer", "missing");
        } else {
          Map<String, Node> s = r.map(sn, field + ".signer", Set.of("key", "key-env", "seed", "seed-env", "type",
              "keystore", "password-env"));
          String secret = r.string(s, sn, k == Kind.EVM ? "key" : "seed", field + ".signer", false);
          if (secret == null) {
            secret = r.fromEnv(s, sn, k == Kind.EVM ? "key-env" : "seed-env", field + ".signer");
          }
          String type = r.string(s, sn, "type", field + ".signer", false);
          if (type != null && k != null && !(k == Kind.SUBSTRATE && (type.equals("ed25519")
              || type.equals("ecdsa")))) {
            r.error(s.get("type"), field + ".signer.type", k == Kind.SUBSTRATE
                ? "expected ed25519 or ecdsa, got \"" + type + "\"" : "EVM signers are secp256k1; leave type out");
          }
          String ks = r.string(s, sn, "keystore", field + ".signer", false);
          String password = ks == null ? null : r.fromEnv(s, sn, "password-env", field + ".signer");
          if (ks != null && k != Kind.EVM) {
            r.error(s.get("keystore"), field + ".signer.keystore", "keystores are for EVM signers");
          }
          if (secret == null && ks == null) {
            r.error(sn, field + ".signer", k == Kind.EVM ? "expected key, key-env, or keystore with password-env"
                : "expected seed or seed-env");
          }
          signer = new Signer(secret, type == null ? "ed25519" : type, ks == null ? null : base.resolve(ks), password);
        }
        int confirmations = (int) r.number(c, at, "confirmations", field, k == Kind.EVM ? 2 : 0, 0, 1000);
        long gas = r.number(c, at, "gas-limit", field, 1_000_000, 21_000, 30_000_000);
        long poll = r.number(c, at, "poll-ms", field, 1000, 10, 600_000);
        long stuck = r.number(c, at, "stuck-after-s", field, 60, 1, 86_400);
        long timeout = r.number(c, at, "timeout-s", field, 30, 1, 600);
        if (k != null) {
          chains.put(name, new Chain(name, k, List.copyOf(rpc), signer, confirmations,
              inbox == null ? null : inbox.toLowerCase(), gas, poll, stuck, timeout));
        }
      }
    }

    List<Route> routes = new ArrayList<>();
    Node rn = top.get("routes");
    if (!(rn instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      r.error(rn == null ? root : rn, "routes", "expected a list of routes (name, from, to)");
    } else {
      Set<String> names = new java.util.HashSet<>();
      for (int i = 0; i < seq.getValue().size(); i++) {
        Node at = seq.getValue().get(i);
        String field = "routes[" + i + "]";
        Map<String, Node> m = r.map(at, field, Set.of("name", "from", "to", "destination", "start-block",
            "keys"));
        String name = r.string(m, at, "name", field, true);
        String from = r.string(m, at, "from", field, true);
        String to = r.string(m, at, "to", field, true);
        if (name != null && !names.add(name)) {
          r.error(m.get("name"), field + ".name", "another route is named \"" + name + "\"");
        }
        if (name != null && !name.matches("[A-Za-z0-9_.-]+")) {
          r.error(m.get("name"), field + ".name", "letters, digits, '.', '_' and '-' only, got \"" + name + "\"");
        }
        for (String[] end : new String[][] {{"from", from}, {"to", to}}) {
          if (end[1] != null && top.get("chains") != null && !declared.contains(end[1])) {
            r.error(m.get(end[0]), field + "." + end[0], "no chain named \"" + end[1] + "\" (chains: "
                + chains.keySet() + ")");
          }
        }
        Chain f = from == null ? null : chains.get(from);
        Chain t = to == null ? null : chains.get(to);
        if (f != null && t != null && f.kind() == Kind.SUBSTRATE && t.kind() == Kind.SUBSTRATE) {
          r.error(at, field, "Substrate to Substrate is not a route this relayer carries");
        }
        String dest = r.string(m, at, "destination", field, f != null && f.kind() == Kind.EVM);
        BigInteger destination = null;
        if (dest != null) {
          try {
            destination = new BigInteger(dest.strip());
            if (destination.signum() < 0 || destination.bitLength() > 256) {
              throw new NumberFormatException();
            }
          } catch (NumberFormatException e) {
            r.error(m.get("destination"), field + ".destination", "expected a uint256, got \"" + dest + "\"");
          }
        }
        long start = r.number(m, at, "start-block", field, 0, 0, Long.MAX_VALUE);
        List<String> routeKeys = new ArrayList<>();
        if (m.get("keys") != null) {
          for (String k : r.strings(m, at, "keys", field)) {
            if (!keys.containsKey(k.toLowerCase())) {
              r.error(m.get("keys"), field + ".keys", "no key " + k + " under keys");
            }
            routeKeys.add(k.toLowerCase());
          }
        }
        if (name != null && from != null && to != null) {
          routes.add(new Route(name, from, to, destination, start, List.copyOf(routeKeys)));
        }
      }
    }
    if (!r.errors.isEmpty()) {
      throw new ConfigException(String.join("\n", r.errors));
    }
    return new RelayerConfig(base.resolve(data), metrics, Map.copyOf(keys), chains, List.copyOf(routes));
  }
}
