package org.snark4j.bridge.substrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Substrate runtime metadata, versions 14 and 15 (the "meta" magic, a version byte, then RuntimeMetadataV14/V15
 * in SCALE): the portable type registry, the pallets with their calls, events, errors, storage entries and
 * constants, and the extrinsic's version and signed extensions. Enough to encode a call and decode an event by
 * pallet and name from metadata alone.
 */
public record Metadata(int version, Map<Integer, Type> types, List<Pallet> pallets, int extrinsicVersion,
    List<SignedExtension> signedExtensions) {

  /** A type of the registry: its path (such as {@code sp_core::crypto::AccountId32}) and its definition. */
  public record Type(int id, List<String> path, Def def) {}

  /** The shapes a type can have. */
  public sealed interface Def permits Composite, Variants, Sequence, Array, Tuple, Primitive, Compact, BitSequence {}

  public record Field(String name, int type, String typeName) {}

  public record Composite(List<Field> fields) implements Def {}

  public record Variant(String name, List<Field> fields, int index) {}

  public record Variants(List<Variant> variants) implements Def {
    public Variant byName(String name) {
      return variants.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    public Variant byIndex(int index) {
      return variants.stream().filter(v -> v.index() == index).findFirst().orElse(null);
    }
  }

  public record Sequence(int type) implements Def {}

  public record Array(long length, int type) implements Def {}

  public record Tuple(List<Integer> types) implements Def {}

  /** bool, char, str, u8 ... u256, i8 ... i256. */
  public record Primitive(String name) implements Def {}

  public record Compact(int type) implements Def {}

  public record BitSequence(int storeType, int orderType) implements Def {}

  public record StorageEntry(String name, int modifier, List<Integer> hashers, Integer keyType, int valueType,
      byte[] defaultValue) {}

  public record Constant(String name, int type, byte[] value) {}

  /** A pallet: its index and the types of its calls, events and errors (enums, or null when it has none). */
  public record Pallet(String name, int index, Integer callType, Integer eventType, Integer errorType,
      String storagePrefix, List<StorageEntry> storage, List<Constant> constants) {}

  public record SignedExtension(String identifier, int type, int additionalSigned) {}

  private static final String[] PRIMITIVES = {"bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "u256",
      "i8", "i16", "i32", "i64", "i128", "i256"};
  private static final String[] HASHERS = {"Blake2_128", "Blake2_256", "Blake2_128Concat", "Twox128", "Twox256",
      "Twox64Concat", "Identity"};

  public Pallet pallet(String name) {
    return pallets.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the runtime has no pallet " + name + "; it has "
            + pallets.stream().map(Pallet::name).toList()));
  }

  public Type type(int id) {
    Type t = types.get(id);
    if (t == null) {
      throw new ScaleException("the metadata has no type " + id);
    }
    return t;
  }

  /** The variant of a pallet's call enum by name. */
  public Variant call(String pallet, String call) {
    Pallet p = pallet(pallet);
    if (p.callType() == null) {
      throw new IllegalArgumentException(pallet + " has no calls");
    }
    Variant v = ((Variants) type(p.callType()).def()).byName(call);
    if (v == null) {
      throw new IllegalArgumentException(pallet + " has no call " + call);
    }
    return v;
  }

  /**
   * Parses metadata (magic "meta", version 14 or 15) as {@code state_getMetadata} returns it, or wrapped as the
   * runtime API {@code Metadata_metadata_at_version} returns it ({@code Option<OpaqueMetadata>}: 0x01, a compact
   * length, then the bytes) or as a bare {@code OpaqueMetadata} (a compact length, then the bytes).
   */
  public static Metadata parse(byte[] bytes) {
    ScaleReader r = new ScaleReader(bytes);
    if (!startsWithMagic(bytes, 0)) {
      if (bytes.length > 0 && bytes[0] == 1 && !startsWithMagic(bytes, 1)) {
        r.u8(); // Some
      }
      int length = r.length(1, "OpaqueMetadata");
      if (length != r.remaining() || !startsWithMagic(bytes, r.position())) {
        throw new ScaleException("expected metadata (\"meta\" first, or wrapped as OpaqueMetadata), got bytes "
            + "starting 0x" + java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(bytes, Math.min(8,
            bytes.length))));
      }
    }
    long magic = r.u32();
    if (magic != 0x6174656dL) {
      throw new ScaleException("metadata starts with the magic \"meta\", got 0x" + Long.toHexString(magic));
    }
    int version = r.u8();
    if (version != 14 && version != 15) {
      throw new ScaleException("metadata versions 14 and 15 are read, got " + version);
    }
    Map<Integer, Type> types = new HashMap<>();
    for (Type t : r.vec(1, Metadata::type)) {
      types.put(t.id(), t);
    }
    List<Pallet> pallets = r.vec(1, x -> pallet(x, version));
    int extrinsicType = version == 14 ? (int) r.compact() : -1;
    int extrinsicVersion = r.u8();
    if (version == 15) {
      r.compact(); // address type
      r.compact(); // call type
      r.compact(); // signature type
      r.compact(); // extra type
    }
    List<SignedExtension> exts = r.vec(1, x -> new SignedExtension(x.string(), (int) x.compact(), (int) x.compact()));
    // what follows (the runtime type; in V15 the runtime APIs, outer enums and custom data) is not needed here
    return new Metadata(version, Map.copyOf(types), List.copyOf(pallets), extrinsicVersion, List.copyOf(exts));
  }

  private static boolean startsWithMagic(byte[] b, int at) {
    return b.length >= at + 4 && b[at] == 'm' && b[at + 1] == 'e' && b[at + 2] == 't' && b[at + 3] == 'a';
  }

  private static Type type(ScaleReader r) {
    int id = (int) r.compact();
    List<String> path = r.vec(1, ScaleReader::string);
    r.vec(1, x -> {
      x.string();
      return x.option(ScaleReader::compact);
    }); // type parameters
    Def def = def(r);
    r.vec(1, ScaleReader::string); // docs
    return new Type(id, path, def);
  }

  private static List<Field> fields(ScaleReader r) {
    return r.vec(1, x -> {
      String name = x.option(ScaleReader::string);
      int ty = (int) x.compact();
      String typeName = x.option(ScaleReader::string);
      x.vec(1, ScaleReader::string);
      return new Field(name, ty, typeName);
    });
  }

  private static Def def(ScaleReader r) {
    int kind = r.u8();
    return switch (kind) {
      case 0 -> new Composite(fields(r));
      case 1 -> new Variants(r.vec(1, x -> {
        String name = x.string();
        List<Field> f = fields(x);
        int index = x.u8();
        x.vec(1, ScaleReader::string);
        return new Variant(name, f, index);
      }));
      case 2 -> new Sequence((int) r.compact());
      case 3 -> new Array(r.u32(), (int) r.compact());
      case 4 -> new Tuple(r.vec(1, x -> (int) x.compact()));
      case 5 -> {
        int p = r.u8();
        if (p >= PRIMITIVES.length) {
          throw new ScaleException("unknown primitive type " + p + " at offset " + (r.position() - 1));
        }
        yield new Primitive(PRIMITIVES[p]);
      }
      case 6 -> new Compact((int) r.compact());
      case 7 -> new BitSequence((int) r.compact(), (int) r.compact());
      default -> throw new ScaleException("unknown type definition " + kind + " at offset " + (r.position() - 1));
    };
  }

  private static Pallet pallet(ScaleReader r, int version) {
    String name = r.string();
    String[] prefix = {null};
    List<StorageEntry> storage = new ArrayList<>();
    r.option(x -> {
      prefix[0] = x.string();
      storage.addAll(x.vec(1, Metadata::storageEntry));
      return Boolean.TRUE;
    });
    Integer calls = r.option(x -> (int) x.compact());
    Integer event = r.option(x -> (int) x.compact());
    List<Constant> constants = r.vec(1, x -> {
      String n = x.string();
      int ty = (int) x.compact();
      byte[] value = x.bytes();
      x.vec(1, ScaleReader::string);
      return new Constant(n, ty, value);
    });
    Integer error = r.option(x -> (int) x.compact());
    int index = r.u8();
    if (version == 15) {
      r.vec(1, ScaleReader::string); // docs
    }
    return new Pallet(name, index, calls, event, error, prefix[0], List.copyOf(storage), List.copyOf(constants));
  }

  private static StorageEntry storageEntry(ScaleReader r) {
    String name = r.string();
    int modifier = r.u8();
    int kind = r.u8();
    List<Integer> hashers = List.of();
    Integer key = null;
    int value;
    if (kind == 0) {
      value = (int) r.compact();
    } else if (kind == 1) {
      hashers = r.vec(1, x -> {
        int h = x.u8();
        if (h >= HASHERS.length) {
          throw new ScaleException("unknown storage hasher " + h);
        }
        return h;
      });
      key = (int) r.compact();
      value = (int) r.compact();
    } else {
      throw new ScaleException("unknown storage entry type " + kind + " at offset " + (r.position() - 1));
    }
    byte[] def = r.bytes();
    r.vec(1, ScaleReader::string);
    return new StorageEntry(name, modifier, hashers, key, value, def);
  }

  /** The name of a storage hasher index (Blake2_128Concat, Twox64Concat, ...). */
  public static String hasherName(int index) {
    return HASHERS[index];
  }
}
