package org.snark4j.bridge.evm;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Solidity contract ABI encoding (docs.soliditylang.org, "Contract ABI Specification") for the types the
 * bridge uses: {@code uint<M>}, {@code int<M>}, {@code address}, {@code bool}, {@code bytes<M>}, {@code bytes},
 * {@code string}, fixed arrays {@code T[k]}, dynamic arrays {@code T[]} and tuples {@code (T1,T2,...)}.
 *
 * <p>Values: integers as {@link BigInteger} (or any {@link Number} for small ones), {@code address} as a
 * 0x-prefixed hex string or 20 bytes, {@code bool} as {@link Boolean}, {@code bytes<M>} and {@code bytes} as
 * {@code byte[]}, {@code string} as {@link String}, arrays and tuples as {@link List}. Decoding gives the same
 * shapes ({@code address} as a lower-case 0x string). A value that does not fit its type, and input that is not
 * a valid encoding (short, a bad offset, a length past the end, dirty padding), is an
 * {@link IllegalArgumentException} naming the type and what came.
 */
public final class Abi {
  private Abi() {}

  /** A parsed ABI type. */
  public sealed interface Type permits Uint, Int, Address, Bool, FixedBytes, Bytes, Str, FixedArray, DynArray, Tuple {
    /** The canonical name, as in signatures. */
    String name();

    default boolean dynamic() {
      return false;
    }

    /** Bytes taken in the head of an enclosing tuple. */
    default int headSize() {
      return 32;
    }
  }

  public record Uint(int bits) implements Type {
    public String name() {
      return "uint" + bits;
    }
  }

  public record Int(int bits) implements Type {
    public String name() {
      return "int" + bits;
    }
  }

  public record Address() implements Type {
    public String name() {
      return "address";
    }
  }

  public record Bool() implements Type {
    public String name() {
      return "bool";
    }
  }

  public record FixedBytes(int size) implements Type {
    public String name() {
      return "bytes" + size;
    }
  }

  public record Bytes() implements Type {
    public String name() {
      return "bytes";
    }

    public boolean dynamic() {
      return true;
    }
  }

  public record Str() implements Type {
    public String name() {
      return "string";
    }

    public boolean dynamic() {
      return true;
    }
  }

  public record FixedArray(Type element, int length) implements Type {
    public String name() {
      return element.name() + "[" + length + "]";
    }

    public boolean dynamic() {
      return element.dynamic();
    }

    public int headSize() {
      return dynamic() ? 32 : element.headSize() * length;
    }
  }

  public record DynArray(Type element) implements Type {
    public String name() {
      return element.name() + "[]";
    }

    public boolean dynamic() {
      return true;
    }
  }

  public record Tuple(List<Type> components) implements Type {
    public Tuple {
      components = List.copyOf(components);
    }

    public String name() {
      return "(" + String.join(",", components.stream().map(Type::name).toList()) + ")";
    }

    public boolean dynamic() {
      return components.stream().anyMatch(Type::dynamic);
    }

    public int headSize() {
      return dynamic() ? 32 : components.stream().mapToInt(Type::headSize).sum();
    }
  }

  // ------------------------------------------------------------------ parsing type names

  /** A type from its Solidity name ({@code uint} and {@code int} mean 256 bits). */
  public static Type type(String name) {
    String s = name.replace(" ", "");
    int[] at = {0};
    Type t = parse(s, at);
    if (at[0] != s.length()) {
      throw new IllegalArgumentException("not an ABI type: \"" + name + "\"");
    }
    return t;
  }

  /** The types of a comma-separated list, such as a signature's parameters. */
  public static Tuple types(String... names) {
    List<Type> list = new ArrayList<>();
    for (String n : names) {
      list.add(type(n));
    }
    return new Tuple(list);
  }

  private static Type parse(String s, int[] at) {
    Type base;
    if (at[0] < s.length() && s.charAt(at[0]) == '(') {
      at[0]++;
      List<Type> parts = new ArrayList<>();
      if (at[0] < s.length() && s.charAt(at[0]) == ')') {
        at[0]++;
      } else {
        while (true) {
          parts.add(parse(s, at));
          if (at[0] >= s.length()) {
            throw new IllegalArgumentException("not an ABI type: \"" + s + "\" (an unclosed tuple)");
          }
          char c = s.charAt(at[0]++);
          if (c == ')') {
            break;
          }
          if (c != ',') {
            throw new IllegalArgumentException("not an ABI type: \"" + s + "\" (unexpected '" + c + "')");
          }
        }
      }
      base = new Tuple(parts);
    } else {
      int start = at[0];
      while (at[0] < s.length() && Character.isLetterOrDigit(s.charAt(at[0]))) {
        at[0]++;
      }
      base = elementary(s.substring(start, at[0]));
    }
    while (at[0] < s.length() && s.charAt(at[0]) == '[') {
      int close = s.indexOf(']', at[0]);
      if (close < 0) {
        throw new IllegalArgumentException("not an ABI type: \"" + s + "\" (an unclosed array)");
      }
      String len = s.substring(at[0] + 1, close);
      at[0] = close + 1;
      if (len.isEmpty()) {
        base = new DynArray(base);
      } else {
        int k;
        try {
          k = Integer.parseInt(len);
        } catch (NumberFormatException e) {
          k = -1;
        }
        if (k < 1 || k > 1 << 16) {
          throw new IllegalArgumentException("not an ABI array length: \"" + len + "\" in \"" + s + "\"");
        }
        base = new FixedArray(base, k);
      }
    }
    return base;
  }

  private static Type elementary(String n) {
    switch (n) {
      case "address":
        return new Address();
      case "bool":
        return new Bool();
      case "bytes":
        return new Bytes();
      case "string":
        return new Str();
      case "uint":
        return new Uint(256);
      case "int":
        return new Int(256);
      default:
        break;
    }
    try {
      if (n.startsWith("uint")) {
        int bits = Integer.parseInt(n.substring(4));
        if (bits >= 8 && bits <= 256 && bits % 8 == 0) {
          return new Uint(bits);
        }
      } else if (n.startsWith("int")) {
        int bits = Integer.parseInt(n.substring(3));
        if (bits >= 8 && bits <= 256 && bits % 8 == 0) {
          return new Int(bits);
        }
      } else if (n.startsWith("bytes")) {
        int size = Integer.parseInt(n.substring(5));
        if (size >= 1 && size <= 32) {
          return new FixedBytes(size);
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the error
    }
    throw new IllegalArgumentException("not an ABI type: \"" + n + "\"");
  }

  // ------------------------------------------------------------------ encoding

  /** The encoding of values of a tuple's components (a function's arguments without the selector). */
  public static byte[] encode(Tuple types, List<?> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTuple(out, types.components(), values, types.name());
    return out.toByteArray();
  }

  /** Calldata: the selector of {@code name(types)} and the encoded arguments. */
  public static byte[] call(String name, Tuple types, List<?> values) {
    String sig = name + types.name();
    byte[] args = encode(types, values);
    byte[] out = Arrays.copyOf(Keccak.selector(sig), 4 + args.length);
    System.arraycopy(args, 0, out, 4, args.length);
    return out;
  }

  private static void writeTuple(ByteArrayOutputStream out, List<Type> types, List<?> values, String what) {
    if (values == null || values.size() != types.size()) {
      throw new IllegalArgumentException(what + " takes " + types.size() + " values, got "
          + (values == null ? "null" : values.size()));
    }
    int head = types.stream().mapToInt(Type::headSize).sum();
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    for (int i = 0; i < types.size(); i++) {
      Type t = types.get(i);
      if (t.dynamic()) {
        out.writeBytes(word(BigInteger.valueOf(head + tail.size())));
        write(tail, t, values.get(i));
      } else {
        write(out, t, values.get(i));
      }
    }
    out.writeBytes(tail.toByteArray());
  }

  private static void write(ByteArrayOutputStream out, Type t, Object v) {
    switch (t) {
      case Uint u -> {
        BigInteger x = integer(v, t);
        if (x.signum() < 0 || x.bitLength() > u.bits()) {
          throw new IllegalArgumentException(t.name() + " cannot hold " + x);
        }
        out.writeBytes(word(x));
      }
      case Int s -> {
        BigInteger x = integer(v, t);
        if (x.bitLength() > s.bits() - 1) {
          throw new IllegalArgumentException(t.name() + " cannot hold " + x);
        }
        out.writeBytes(word(x.signum() < 0 ? x.add(BigInteger.ONE.shiftLeft(256)) : x));
      }
      case Address a -> {
        byte[] b = v instanceof byte[] raw ? raw : v instanceof String str ? Hex.decode(str) : null;
        if (b == null || b.length != 20) {
          throw new IllegalArgumentException("address must be 20 bytes (0x and 40 hex digits), got " + describe(v));
        }
        out.writeBytes(new byte[12]);
        out.writeBytes(b);
      }
      case Bool b -> {
        if (!(v instanceof Boolean x)) {
          throw new IllegalArgumentException("bool must be a Boolean, got " + describe(v));
        }
        out.writeBytes(word(x ? BigInteger.ONE : BigInteger.ZERO));
      }
      case FixedBytes f -> {
        if (!(v instanceof byte[] b) || b.length != f.size()) {
          throw new IllegalArgumentException(t.name() + " must be " + f.size() + " bytes, got " + describe(v));
        }
        out.writeBytes(Arrays.copyOf(b, 32));
      }
      case Bytes b -> {
        if (!(v instanceof byte[] raw)) {
          throw new IllegalArgumentException("bytes must be a byte[], got " + describe(v));
        }
        dynamicBytes(out, raw);
      }
      case Str s -> {
        if (!(v instanceof String str)) {
          throw new IllegalArgumentException("string must be a String, got " + describe(v));
        }
        dynamicBytes(out, str.getBytes(StandardCharsets.UTF_8));
      }
      case FixedArray a -> writeTuple(out, java.util.Collections.nCopies(a.length(), a.element()), list(v, t), t.name());
      case DynArray a -> {
        List<?> items = list(v, t);
        out.writeBytes(word(BigInteger.valueOf(items.size())));
        writeTuple(out, java.util.Collections.nCopies(items.size(), a.element()), items, t.name());
      }
      case Tuple tu -> writeTuple(out, tu.components(), list(v, t), t.name());
    }
  }

  private static void dynamicBytes(ByteArrayOutputStream out, byte[] b) {
    out.writeBytes(word(BigInteger.valueOf(b.length)));
    out.writeBytes(Arrays.copyOf(b, (b.length + 31) / 32 * 32));
  }

  private static List<?> list(Object v, Type t) {
    if (v instanceof List<?> l) {
      return l;
    }
    if (v instanceof Object[] a) {
      return Arrays.asList(a);
    }
    throw new IllegalArgumentException(t.name() + " must be a List, got " + describe(v));
  }

  private static BigInteger integer(Object v, Type t) {
    if (v instanceof BigInteger b) {
      return b;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return BigInteger.valueOf(((Number) v).longValue());
    }
    throw new IllegalArgumentException(t.name() + " must be a BigInteger or an integral number, got " + describe(v));
  }

  private static String describe(Object v) {
    return v == null ? "null" : v.getClass().getSimpleName() + " " + (v instanceof byte[] b ? Hex.encode(b) : v);
  }

  /** A 32-byte big-endian two's-complement word of 0 ≤ v &lt; 2^256. */
  public static byte[] word(BigInteger v) {
    byte[] b = v.toByteArray();
    byte[] w = new byte[32];
    int len = Math.min(32, b.length);
    System.arraycopy(b, b.length - len, w, 32 - len, len);
    return w;
  }

  // ------------------------------------------------------------------ decoding

  /** The values of a tuple's components from their encoding (a function's return data, an event's data). */
  public static List<Object> decode(Tuple types, byte[] data) {
    return readTuple(data, 0, data.length, types.components(), types.name());
  }

  private static List<Object> readTuple(byte[] d, int base, int end, List<Type> types, String what) {
    List<Object> out = new ArrayList<>(types.size());
    int at = base;
    for (Type t : types) {
      if (t.dynamic()) {
        long off = uintAt(d, at, end, what + " offset");
        if (off > end - base) {
          throw new IllegalArgumentException(what + ": offset " + off + " points past the end");
        }
        out.add(read(d, base + (int) off, end, t));
      } else {
        out.add(read(d, at, end, t));
      }
      at += t.headSize();
    }
    return out;
  }

  private static Object read(byte[] d, int at, int end, Type t) {
    switch (t) {
      case Uint u -> {
        BigInteger x = new BigInteger(1, slice(d, at, end, 32, t.name()));
        if (x.bitLength() > u.bits()) {
          throw new IllegalArgumentException(t.name() + ": " + x + " does not fit (dirty high bits)");
        }
        return x;
      }
      case Int s -> {
        BigInteger x = new BigInteger(slice(d, at, end, 32, t.name()));
        if (x.bitLength() > s.bits() - 1) {
          throw new IllegalArgumentException(t.name() + ": " + x + " does not fit (dirty high bits)");
        }
        return x;
      }
      case Address a -> {
        byte[] w = slice(d, at, end, 32, t.name());
        for (int i = 0; i < 12; i++) {
          if (w[i] != 0) {
            throw new IllegalArgumentException("address: dirty high bytes in " + Hex.encode(w));
          }
        }
        return Hex.encode(Arrays.copyOfRange(w, 12, 32));
      }
      case Bool b -> {
        BigInteger x = new BigInteger(1, slice(d, at, end, 32, t.name()));
        if (x.compareTo(BigInteger.ONE) > 0) {
          throw new IllegalArgumentException("bool: " + x + " is neither 0 nor 1");
        }
        return x.signum() == 1;
      }
      case FixedBytes f -> {
        byte[] w = slice(d, at, end, 32, t.name());
        for (int i = f.size(); i < 32; i++) {
          if (w[i] != 0) {
            throw new IllegalArgumentException(t.name() + ": dirty padding in " + Hex.encode(w));
          }
        }
        return Arrays.copyOf(w, f.size());
      }
      case Bytes b -> {
        return dynamicBytes(d, at, end, "bytes");
      }
      case Str s -> {
        return new String(dynamicBytes(d, at, end, "string"), StandardCharsets.UTF_8);
      }
      case FixedArray a -> {
        return readTuple(d, at, end, java.util.Collections.nCopies(a.length(), a.element()), t.name());
      }
      case DynArray a -> {
        long n = uintAt(d, at, end, t.name() + " length");
        // each element takes at least 32 bytes of head: a length past that cannot be real
        if (n > (end - at - 32) / 32) {
          throw new IllegalArgumentException(t.name() + ": length " + n + " does not fit in the "
              + (end - at - 32) + " bytes after it");
        }
        return readTuple(d, at + 32, end, java.util.Collections.nCopies((int) n, a.element()), t.name());
      }
      case Tuple tu -> {
        return readTuple(d, at, end, tu.components(), t.name());
      }
    }
  }

  private static byte[] dynamicBytes(byte[] d, int at, int end, String what) {
    long n = uintAt(d, at, end, what + " length");
    if (n > end - at - 32) {
      throw new IllegalArgumentException(what + ": length " + n + " runs past the end (" + (end - at - 32)
          + " bytes left)");
    }
    return Arrays.copyOfRange(d, at + 32, at + 32 + (int) n);
  }

  private static long uintAt(byte[] d, int at, int end, String what) {
    BigInteger x = new BigInteger(1, slice(d, at, end, 32, what));
    if (x.bitLength() > 31) {
      throw new IllegalArgumentException(what + ": " + x + " is too large");
    }
    return x.longValue();
  }

  private static byte[] slice(byte[] d, int at, int end, int n, String what) {
    if (at < 0 || at + n > end) {
      throw new IllegalArgumentException(what + ": needs " + n + " bytes at " + at + ", the data has " + end);
    }
    return Arrays.copyOfRange(d, at, at + n);
  }
}
