package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Our SCALE bytes equal @polkadot/types 16.5.6's for random values of every kind (fixed-width integers, compact,
 * bool, Option, Option&lt;bool&gt;, Result, Vec, tuples, fixed arrays, enums, strings, bytes, bit sequences), and
 * decode back to the values. Integration test: starts Node.js.
 */
class ScalePolkadotIT {
  final Random random = new Random(20261127);
  final ObjectMapper json = new ObjectMapper();
  final HexFormat hex = HexFormat.of();

  /** One case: the polkadot type, the JSON value, our encoding, and a check that our decoder reads it back. */
  record Case(String type, Object jsonValue, byte[] ours, Function<ScaleReader, Boolean> readsBack) {}

  BigInteger bits(int n) {
    return new BigInteger(n, random);
  }

  Case next() {
    int kind = random.nextInt(15);
    switch (kind) {
      case 0 -> {
        int bytes = 1 << random.nextInt(5); // 1..16
        BigInteger v = bits(8 * bytes);
        byte[] enc = switch (bytes) {
          case 1 -> new ScaleWriter().u8(v.intValue()).toByteArray();
          case 2 -> new ScaleWriter().u16(v.intValue()).toByteArray();
          case 4 -> new ScaleWriter().u32(v.longValue()).toByteArray();
          case 8 -> new ScaleWriter().u64(v.longValue()).toByteArray();
          default -> new ScaleWriter().u128(v).toByteArray();
        };
        return new Case("u" + 8 * bytes, v.toString(), enc, r -> {
          BigInteger got = switch (bytes) {
            case 1 -> BigInteger.valueOf(r.u8());
            case 2 -> BigInteger.valueOf(r.u16());
            case 4 -> BigInteger.valueOf(r.u32());
            case 8 -> new BigInteger(Long.toUnsignedString(r.u64()));
            default -> r.u128();
          };
          return got.equals(v);
        });
      }
      case 1 -> {
        int bytes = 1 << random.nextInt(5);
        BigInteger v = bits(8 * bytes - 1);
        BigInteger s = random.nextBoolean() ? v : v.negate().subtract(BigInteger.ONE);
        return new Case("i" + 8 * bytes, s.toString(), new ScaleWriter().signed(s, bytes).toByteArray(),
            r -> r.signed(bytes).equals(s));
      }
      case 2 -> {
        BigInteger v = bits(1 + random.nextInt(128));
        return new Case("Compact<u128>", v.toString(), new ScaleWriter().compact(v).toByteArray(),
            r -> r.compactBig().equals(v));
      }
      case 3 -> {
        boolean v = random.nextBoolean();
        return new Case("bool", v, new ScaleWriter().bool(v).toByteArray(), r -> r.bool() == v);
      }
      case 4 -> {
        Long v = random.nextBoolean() ? null : bits(32).longValue();
        return new Case("Option<u32>", v == null ? null : v.toString(),
            new ScaleWriter().option(v, ScaleWriter::u32).toByteArray(), r -> java.util.Objects.equals(r.option(
                ScaleReader::u32), v));
      }
      case 5 -> {
        Boolean v = switch (random.nextInt(3)) {
          case 0 -> null;
          case 1 -> true;
          default -> false;
        };
        return new Case("OptionBool", v, new ScaleWriter().optionBool(v).toByteArray(),
            r -> java.util.Objects.equals(r.optionBool(), v));
      }
      case 6 -> {
        boolean ok = random.nextBoolean();
        int u = random.nextInt(256);
        boolean b = random.nextBoolean();
        ObjectNode value = json.createObjectNode();
        if (ok) {
          value.put("Ok", String.valueOf(u));
        } else {
          value.put("Err", b);
        }
        return new Case("Result<u8,bool>", value, new ScaleWriter().result(ok, u, ScaleWriter::u8, b,
            ScaleWriter::bool).toByteArray(), r -> {
              Object got = r.result(ScaleReader::u8, ScaleReader::bool);
              return ok ? got.equals(u) : got.equals(new ScaleReader.Err(b));
            });
      }
      case 7 -> {
        List<Integer> v = new ArrayList<>();
        for (int i = 0, n = random.nextInt(80); i < n; i++) {
          v.add(random.nextInt(65536));
        }
        return new Case("Vec<u16>", v.stream().map(String::valueOf).toList(),
            new ScaleWriter().vec(v, ScaleWriter::u16).toByteArray(), r -> r.vec(2, ScaleReader::u16).equals(v));
      }
      case 8 -> {
        long a = bits(32).longValue();
        boolean b = random.nextBoolean();
        return new Case("(u32,bool)", List.of(String.valueOf(a), b), new ScaleWriter().u32(a).bool(b).toByteArray(),
            r -> r.u32() == a && r.bool() == b);
      }
      case 9 -> {
        byte[] v = new byte[4];
        random.nextBytes(v);
        return new Case("[u8;4]", "0x" + hex.formatHex(v), new ScaleWriter().raw(v).toByteArray(),
            r -> java.util.Arrays.equals(r.raw(4), v));
      }
      case 10 -> {
        String s = random.ints(random.nextInt(100), 0x20, 0x3000).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return new Case("Text", s, new ScaleWriter().string(s).toByteArray(), r -> r.string().equals(s));
      }
      case 11 -> {
        byte[] v = new byte[random.nextInt(300)];
        random.nextBytes(v);
        return new Case("Bytes", "0x" + hex.formatHex(v), new ScaleWriter().bytes(v).toByteArray(),
            r -> java.util.Arrays.equals(r.bytes(), v));
      }
      case 12 -> {
        byte[] raw = new byte[random.nextInt(20)];
        random.nextBytes(raw);
        boolean[] b = new boolean[8 * raw.length];
        for (int i = 0; i < b.length; i++) {
          b[i] = (raw[i >> 3] >> (i & 7) & 1) == 1;
        }
        return new Case("BitVec", "0x" + hex.formatHex(raw), new ScaleWriter().bits(b).toByteArray(),
            r -> java.util.Arrays.equals(r.bits(), b));
      }
      default -> {
        int variant = random.nextInt(3);
        ObjectNode value = json.createObjectNode();
        ScaleWriter w = new ScaleWriter().variant(variant);
        long a = bits(32).longValue();
        boolean b = random.nextBoolean();
        String c = "v" + random.nextInt(1000);
        switch (variant) {
          case 0 -> {
            value.put("A", String.valueOf(a));
            w.u32(a);
          }
          case 1 -> {
            value.put("B", b);
            w.bool(b);
          }
          default -> {
            value.put("C", c);
            w.string(c);
          }
        }
        return new Case("Snark4jEnum", value, w.toByteArray(), r -> {
          int v = r.u8();
          return v == variant && switch (v) {
            case 0 -> r.u32() == a;
            case 1 -> r.bool() == b;
            default -> r.string().equals(c);
          };
        });
      }
    }
  }

  @Test
  void ourBytesEqualPolkadotTypes() throws Exception {
    Path interop = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/@polkadot/types")),
        "@polkadot/types is missing under " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    List<Case> cases = new ArrayList<>();
    ArrayNode input = json.createArrayNode();
    for (int i = 0; i < 600; i++) {
      Case c = next();
      cases.add(c);
      input.addObject().put("type", c.type()).set("value", json.valueToTree(c.jsonValue()));
    }
    JsonNode theirs = Interop.run(interop, "scale-encode.mjs", input);
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      assertEquals(theirs.get(i).asText(), "0x" + hex.formatHex(c.ours()), "case " + i + ": " + c.type() + " "
          + c.jsonValue());
      ScaleReader r = new ScaleReader(c.ours());
      assertTrue(c.readsBack().apply(r), "decoding case " + i + ": " + c.type());
      r.expectEnd();
    }
  }
}
