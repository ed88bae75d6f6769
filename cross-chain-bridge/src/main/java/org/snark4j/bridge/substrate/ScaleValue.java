package org.snark4j.bridge.substrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of metadata types, encoded and decoded from the type registry alone. The model: integers as
 * {@link BigInteger} (or any integral {@link Number}), {@code bool} as {@link Boolean}, {@code str} as
 * {@link String}, sequences and arrays of {@code u8} as {@code byte[]}, other sequences, arrays and tuples as
 * {@link List}, composites as {@link Map} from field name to value (a {@link List} when the fields are unnamed;
 * a one-field composite also takes its field's value alone), enum values as {@link Variant}, bit sequences as
 * {@code boolean[]}. Options and Results are enums in metadata ({@code None}/{@code Some}, {@code Ok}/{@code Err}).
 */
public final class ScaleValue {
  private ScaleValue() {}

  /** An enum value: the variant's name and its fields (a Map for named fields, a List for unnamed ones). */
  public record Variant(String name, Object fields) {
    public static Variant of(String name, Object... fields) {
      return new Variant(name, List.of(fields));
    }
  }

  public static byte[] encode(Metadata m, int type, Object value) {
    ScaleWriter w = new ScaleWriter();
    write(m, w, type, value, m.type(type).path().isEmpty() ? "type " + type : String.join("::", m.type(type).path()));
    return w.toByteArray();
  }

  public static void write(Metadata m, ScaleWriter w, int type, Object value, String where) {
    Metadata.Def def = m.type(type).def();
    switch (def) {
      case Metadata.Primitive p -> primitive(w, p.name(), value, where);
      case Metadata.Compact c -> w.compact(integer(value, where));
      case Metadata.Sequence s -> {
        if (value instanceof byte[] b && isU8(m, s.type())) {
          w.bytes(b);
        } else {
          List<?> items = list(value, where);
          w.compact(items.size());
          for (int i = 0; i < items.size(); i++) {
            write(m, w, s.type(), items.get(i), where + "[" + i + "]");
          }
        }
      }
      case Metadata.Array a -> {
        if (value instanceof byte[] b && isU8(m, a.type())) {
          if (b.length != a.length()) {
            throw new IllegalArgumentException(where + ": expected " + a.length() + " bytes, got " + b.length);
          }
          w.raw(b);
        } else {
          List<?> items = list(value, where);
          if (items.size() != a.length()) {
            throw new IllegalArgumentException(where + ": expected " + a.length() + " items, got " + items.size());
          }
          for (int i = 0; i < items.size(); i++) {
            write(m, w, a.type(), items.get(i), where + "[" + i + "]");
          }
        }
      }
      case Metadata.Tuple t -> {
        List<?> items = t.types().size() == 1 && !(value instanceof List) ? List.of(value) : list(value, where);
        if (items.size() != t.types().size()) {
          throw new IllegalArgumentException(where + ": a tuple of " + t.types().size() + ", got " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
          write(m, w, t.types().get(i), items.get(i), where + "." + i);
        }
      }
      case Metadata.Composite c -> fields(m, w, c.fields(), value, where);
      case Metadata.Variants vs -> {
        if (!(value instanceof Variant v)) {
          throw new IllegalArgumentException(where + ": an enum value (ScaleValue.Variant) of "
              + vs.variants().stream().map(Metadata.Variant::name).toList() + ", got " + describe(value));
        }
        Metadata.Variant variant = vs.byName(v.name());
        if (variant == null) {
          throw new IllegalArgumentException(where + ": no variant " + v.name() + " among "
              + vs.variants().stream().map(Metadata.Variant::name).toList());
        }
        w.u8(variant.index());
        fields(m, w, variant.fields(), v.fields(), where + "::" + v.name());
      }
      case Metadata.BitSequence b -> {
        if (!(value instanceof boolean[] bits)) {
          throw new IllegalArgumentException(where + ": a bit sequence (boolean[]), got " + describe(value));
        }
        w.bits(bits);
      }
    }
  }

  private static void fields(Metadata m, ScaleWriter w, List<Metadata.Field> fields, Object value, String where) {
    if (fields.isEmpty()) {
      if (value != null && !(value instanceof List<?> l && l.isEmpty()) && !(value instanceof Map<?, ?> mm
          && mm.isEmpty())) {
        throw new IllegalArgumentException(where + " has no fields, got " + describe(value));
      }
      return;
    }
    boolean named = fields.get(0).name() != null;
    if (fields.size() == 1 && !(value instanceof Map) && !(value instanceof List<?> l && l.size() == 1
        && !(m.type(fields.get(0).type()).def() instanceof Metadata.Sequence))) {
      write(m, w, fields.get(0).type(), value, where + (named ? "." + fields.get(0).name() : ""));
      return;
    }
    if (named && value instanceof Map<?, ?> map) {
      for (Metadata.Field f : fields) {
        if (!map.containsKey(f.name())) {
          throw new IllegalArgumentException(where + ": the field " + f.name() + " is missing");
        }
        write(m, w, f.type(), map.get(f.name()), where + "." + f.name());
      }
      if (map.size() != fields.size()) {
        throw new IllegalArgumentException(where + ": unknown fields among " + map.keySet());
      }
      return;
    }
    List<?> items = list(value, where);
    if (items.size() != fields.size()) {
      throw new IllegalArgumentException(where + ": " + fields.size() + " fields, got " + items.size());
    }
    for (int i = 0; i < items.size(); i++) {
      write(m, w, fields.get(i).type(), items.get(i), where + "." + (named ? fields.get(i).name() : i));
    }
  }

  private static boolean isU8(Metadata m, int type) {
    return m.type(type).def() instanceof Metadata.Primitive p && p.name().equals("u8");
  }

  private static void primitive(ScaleWriter w, String name, Object value, String where) {
    switch (name) {
      case "bool" -> {
        if (!(value instanceof Boolean b)) {
          throw new IllegalArgumentException(where + ": a Boolean, got " + describe(value));
        }
        w.bool(b);
      }
      case "str" -> {
        if (!(value instanceof String s)) {
          throw new IllegalArgumentException(where + ": a String, got " + describe(value));
        }
        w.string(s);
      }
      case "char" -> throw new IllegalArgumentException(where + ": char is not used by runtimes");
      default -> {
        BigInteger v = integer(value, where);
        int bits = Integer.parseInt(name.substring(1));
        if (name.startsWith("u")) {
          if (v.signum() < 0 || v.bitLength() > bits) {
            throw new IllegalArgumentException(where + ": " + name + " cannot hold " + v);
          }
          w.raw(le(v, bits / 8));
        } else {
          w.signed(v, bits / 8);
        }
      }
    }
  }

  private static byte[] le(BigInteger v, int bytes) {
    byte[] out = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      out[i] = (byte) v.shiftRight(8 * i).intValue();
    }
    return out;
  }

  private static BigInteger integer(Object v, String where) {
    if (v instanceof BigInteger b) {
      return b;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return BigInteger.valueOf(((Number) v).longValue());
    }
    throw new IllegalArgumentException(where + ": an integer, got " + describe(v));
  }

  private static List<?> list(Object v, String where) {
    if (v instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException(where + ": a List, got " + describe(v));
  }

  private static String describe(Object v) {
    return v == null ? "null" : v.getClass().getSimpleName() + " " + (v instanceof byte[] b
        ? java.util.HexFormat.of().formatHex(b) : v);
  }

  // ------------------------------------------------------------------ decoding

  public static Object read(Metadata m, ScaleReader r, int type) {
    Metadata.Def def = m.type(type).def();
    return switch (def) {
      case Metadata.Primitive p -> switch (p.name()) {
        case "bool" -> r.bool();
        case "str" -> r.string();
        case "char" -> throw new ScaleException("char is not used by runtimes");
        default -> p.name().startsWith("u") ? new BigInteger(1, reverse(r.raw(Integer.parseInt(p.name().substring(1))
            / 8))) : r.signed(Integer.parseInt(p.name().substring(1)) / 8);
      };
      case Metadata.Compact c -> r.compactBig();
      case Metadata.Sequence s -> isU8(m, s.type()) ? r.bytes() : r.vec(1, x -> read(m, x, s.type()));
      case Metadata.Array a -> {
        if (a.length() > r.remaining()) {
          throw new ScaleException("an array of " + a.length() + " items cannot fit in " + r.remaining() + " bytes");
        }
        yield isU8(m, a.type()) ? r.raw((int) a.length()) : r.array((int) a.length(), x -> read(m, x, a.type()));
      }
      case Metadata.Tuple t -> {
        List<Object> out = new ArrayList<>();
        for (int id : t.types()) {
          out.add(read(m, r, id));
        }
        yield out;
      }
      case Metadata.Composite c -> readFields(m, r, c.fields());
      case Metadata.Variants vs -> {
        int at = r.position();
        int index = r.u8();
        Metadata.Variant v = vs.byIndex(index);
        if (v == null) {
          throw new ScaleException("variant index " + index + " at offset " + at + " is not one of "
              + String.join("::", m.type(type).path()));
        }
        yield new Variant(v.name(), readFields(m, r, v.fields()));
      }
      case Metadata.BitSequence b -> r.bits();
    };
  }

  private static Object readFields(Metadata m, ScaleReader r, List<Metadata.Field> fields) {
    if (!fields.isEmpty() && fields.get(0).name() != null) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Metadata.Field f : fields) {
        out.put(f.name(), read(m, r, f.type()));
      }
      return out;
    }
    List<Object> out = new ArrayList<>();
    for (Metadata.Field f : fields) {
      out.add(read(m, r, f.type()));
    }
    return out;
  }

  private static byte[] reverse(byte[] b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[b.length - 1 - i];
    }
    return out;
  }

  /**
   * A decoded value as one readable line: byte strings as 0x hex, variants as {@code Name(fields)}, composites as
   * {@code {name: value}}, sequences as {@code [a, b]}; a byte-string newtype (AccountId32, H256) as its bytes.
   */
  public static String render(Object v) {
    return switch (v) {
      case null -> "null";
      case byte[] b -> "0x" + java.util.HexFormat.of().formatHex(b);
      case Variant var -> var.name() + (var.fields() instanceof List<?> l && l.isEmpty()
          || var.fields() instanceof Map<?, ?> mm && mm.isEmpty() ? "" : "(" + render(unwrap(var.fields())) + ")");
      case Map<?, ?> mm -> {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<?, ?> e : mm.entrySet()) {
          sb.append(sb.length() > 1 ? ", " : "").append(e.getKey()).append(": ").append(render(e.getValue()));
        }
        yield sb.append('}').toString();
      }
      case List<?> l when l.size() == 1 && l.get(0) instanceof byte[] b -> render(b); // AccountId32, H256
      case List<?> l -> {
        StringBuilder sb = new StringBuilder("[");
        for (Object o : l) {
          sb.append(sb.length() > 1 ? ", " : "").append(render(o));
        }
        yield sb.append(']').toString();
      }
      case boolean[] bits -> java.util.Arrays.toString(bits);
      default -> v.toString();
    };
  }

  /**
   * The one value of a single-field variant or composite (as decoding gives it: a one-item List or one-entry Map),
   * or the fields as they are.
   */
  public static Object only(Object fields) {
    if (fields instanceof List<?> l && l.size() == 1) {
      return l.get(0);
    }
    if (fields instanceof Map<?, ?> mm && mm.size() == 1) {
      return mm.values().iterator().next();
    }
    return fields;
  }

  private static Object unwrap(Object fields) {
    return fields instanceof List<?> l && l.size() == 1 ? l.get(0) : fields;
  }

  /** A call's bytes: the pallet index, the call index, then its arguments by name. */
  public static byte[] call(Metadata m, String pallet, String call, Map<String, ?> args) {
    Metadata.Pallet p = m.pallet(pallet);
    Metadata.Variant v = m.call(pallet, call);
    ScaleWriter w = new ScaleWriter().u8(p.index()).u8(v.index());
    fields(m, w, v.fields(), args, pallet + "." + call);
    return w.toByteArray();
  }
}
