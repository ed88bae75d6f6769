package org.snark4j.bridge.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Our ABI encodings equal ethers 6.17's for random types (every kind: integers of several widths, addresses,
 * bools, fixed and dynamic bytes, strings, fixed and dynamic arrays, nested tuples) and random values, and decode
 * back to the values. Integration test: starts Node.js.
 */
class AbiEthersIT {
  final Random random = new Random(2026_11_27);

  Abi.Type randomType(int depth) {
    int k = random.nextInt(depth > 2 ? 8 : 11);
    return switch (k) {
      case 0 -> new Abi.Uint(8 * (1 + random.nextInt(32)));
      case 1 -> new Abi.Int(8 * (1 + random.nextInt(32)));
      case 2 -> new Abi.Address();
      case 3 -> new Abi.Bool();
      case 4 -> new Abi.FixedBytes(1 + random.nextInt(32));
      case 5 -> new Abi.Bytes();
      case 6 -> new Abi.Str();
      case 7 -> new Abi.Uint(256);
      case 8 -> new Abi.FixedArray(randomType(depth + 1), 1 + random.nextInt(3));
      case 9 -> new Abi.DynArray(randomType(depth + 1));
      default -> {
        List<Abi.Type> parts = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
          parts.add(randomType(depth + 1));
        }
        yield new Abi.Tuple(parts);
      }
    };
  }

  /** A random value of the type, and the same value as ethers takes it in JSON. */
  Object randomValue(Abi.Type t, ArrayNode json) {
    switch (t) {
      case Abi.Uint u -> {
        BigInteger v = random.nextInt(4) == 0 ? BigInteger.ONE.shiftLeft(u.bits()).subtract(BigInteger.ONE)
            : new BigInteger(u.bits(), random);
        json.add(v.toString());
        return v;
      }
      case Abi.Int s -> {
        BigInteger v = new BigInteger(s.bits() - 1, random);
        if (random.nextBoolean()) {
          v = v.negate().subtract(random.nextInt(4) == 0 ? BigInteger.ONE : BigInteger.ZERO);
        }
        json.add(v.toString());
        return v;
      }
      case Abi.Address a -> {
        byte[] b = new byte[20];
        random.nextBytes(b);
        json.add(Hex.encode(b));
        return Hex.encode(b);
      }
      case Abi.Bool b -> {
        boolean v = random.nextBoolean();
        json.add(v);
        return v;
      }
      case Abi.FixedBytes f -> {
        byte[] b = new byte[f.size()];
        random.nextBytes(b);
        json.add(Hex.encode(b));
        return b;
      }
      case Abi.Bytes b -> {
        byte[] v = new byte[random.nextInt(70)];
        random.nextBytes(v);
        json.add(Hex.encode(v));
        return v;
      }
      case Abi.Str s -> {
        String v = random.ints(random.nextInt(40), 0x20, 0x2FF).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString();
        json.add(v);
        return v;
      }
      case Abi.FixedArray a -> {
        return many(a.element(), a.length(), json.addArray());
      }
      case Abi.DynArray a -> {
        return many(a.element(), random.nextInt(4), json.addArray());
      }
      case Abi.Tuple tu -> {
        ArrayNode inner = json.addArray();
        List<Object> out = new ArrayList<>();
        for (Abi.Type c : tu.components()) {
          out.add(randomValue(c, inner));
        }
        return out;
      }
    }
  }

  List<Object> many(Abi.Type element, int n, ArrayNode json) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(randomValue(element, json));
    }
    return out;
  }

  /** Values compared with byte arrays by content. */
  static Object comparable(Object v) {
    if (v instanceof byte[] b) {
      return Hex.encode(b);
    }
    if (v instanceof List<?> l) {
      return l.stream().map(AbiEthersIT::comparable).toList();
    }
    return v;
  }

  @Test
  void encodingsEqualEthersAndDecodeBack() throws Exception {
    Path interop = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/ethers")),
        "ethers is missing under " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    ArrayNode cases = EvmRpc.json().createArrayNode();
    List<Abi.Tuple> types = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<Abi.Type> parts = new ArrayList<>();
      for (int j = 0, n = 1 + random.nextInt(4); j < n; j++) {
        parts.add(randomType(0));
      }
      Abi.Tuple t = new Abi.Tuple(parts);
      ObjectNode c = cases.addObject();
      ArrayNode names = c.putArray("types");
      parts.forEach(p -> names.add(p.name()));
      ArrayNode json = c.putArray("values");
      List<Object> v = new ArrayList<>();
      for (Abi.Type p : parts) {
        v.add(randomValue(p, json));
      }
      types.add(t);
      values.add(v);
      // the type names parse back to the same types
      assertEquals(t, Abi.types(names.valueStream().map(JsonNode::asText).toArray(String[]::new)));
    }
    Process p = new ProcessBuilder("node", "abi-encode.mjs").directory(interop.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.getOutputStream().write(EvmRpc.json().writeValueAsBytes(cases));
    p.getOutputStream().close();
    JsonNode theirs = EvmRpc.json().readTree(p.getInputStream());
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue());
    for (int i = 0; i < types.size(); i++) {
      byte[] ours = Abi.encode(types.get(i), values.get(i));
      assertEquals(theirs.get(i).asText(), Hex.encode(ours), "case " + i + ": " + types.get(i).name());
      assertEquals(comparable(values.get(i)), comparable(Abi.decode(types.get(i), ours)), "decoding case " + i);
    }
  }
}
