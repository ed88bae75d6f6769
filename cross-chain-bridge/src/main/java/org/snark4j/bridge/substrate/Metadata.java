package org.snark4j.bridge.substrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Substrate runtime metadata, versions 14, 15 and 16 (the "meta" magic, a version byte, then
 * RuntimeMetadataV14/V15/V16 in SCALE, read to its last byte): the portable type registry, the pallets with their calls, events, errors, storage entries and
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

  /** The pallet of an index, as events and dispatch errors name it. */
  public Pallet pallet(int index) {
    return pallets.stream().filter(p -> p.index() == index).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the runtime has no pallet of index " + index));
  }

  /**
   * The name ("Pallet.Error") of a module error as a DispatchError::Module carries it: the pallet's index and the
   * error's index (the first byte of its error field).
   */
  public String errorName(int palletIndex, int errorIndex) {
    Pallet p = pallet(palletIndex);
    Variant v = p.errorType() == null || !(type(p.errorType()).def() instanceof Variants vs) ? null
        : vs.byIndex(errorIndex);
    return p.name() + "." + (v == null ? "error#" + errorIndex : v.name());
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
   * Parses metadata (magic "meta", version 14, 15 or 16) as {@code state_getMetadata} returns it, or wrapped as the
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
    if (version < 14 || version > 16) {
      throw new ScaleException("metadata versions 14, 15 and 16 are read, got " + version);
    }
    Map<Integer, Type> types = new HashMap<>();
    for (Type t : r.vec(1, Metadata::type)) {
      types.put(t.id(), t);
    }
    List<Pallet> pallets = r.vec(1, x -> pallet(x, version));
    int extrinsicVersion;
    List<SignedExtension> exts;
    if (version < 16) {
      if (version == 14) {
        r.compact(); // the extrinsic type
      }
      extrinsicVersion = r.u8();
      if (version == 15) {
        r.compact(); // address type
        r.compact(); // call type
        r.compact(); // signature type
        r.compact(); // extra type
      }
      exts = r.vec(1, x -> new SignedExtension(x.string(), (int) x.compact(), (int) x.compact()));
    } else {
      // V16: the extrinsic versions the runtime takes, and the transaction extensions by extension version; a v4
      // extrinsic uses those of version 0
      List<Integer> versions = r.vec(1, ScaleReader::u8);
      r.compact(); // address type
      r.compact(); // call type
      r.compact(); // signature type
      Map<Integer, List<Integer>> byVersion = new HashMap<>();
      for (int i = 0, n = r.length(2, "transaction extensions by version"); i < n; i++) {
        byVersion.put(r.u8(), r.vec(1, x -> (int) x.compact()));
      }
      List<SignedExtension> all = r.vec(1, x -> new SignedExtension(x.string(), (int) x.compact(),
          (int) x.compact()));
      extrinsicVersion = versions.contains(4) ? 4 : versions.isEmpty() ? 0 : versions.get(versions.size() - 1);
      exts = new ArrayList<>();
      for (int i : byVersion.getOrDefault(0, List.of())) {
        if (i >= all.size()) {
          throw new ScaleException("transaction extension " + i + " of version 0 is not among the " + all.size()
              + " the metadata lists");
        }
        exts.add(all.get(i));
      }
    }
    if (version <= 15) {
      r.compact(); // the runtime type
    }
    if (version >= 15) {
      r.vec(1, x -> runtimeApi(x, version));
      r.compact(); // outer enums: call, event and error types
      r.compact();
      r.compact();
      r.vec(1, x -> {
        x.string();
        x.compact();
        return x.bytes();
      }); // custom values
    }
    r.expectEnd();
    return new Metadata(version, Map.copyOf(types), List.copyOf(pallets), extrinsicVersion, List.copyOf(exts));
  }

  /** A runtime API and its methods, read past (the names are not needed to build or read extrinsics). */
  private static Object runtimeApi(ScaleReader r, int version) {
    r.string();
    r.vec(1, x -> function(x, version));
    r.vec(1, ScaleReader::string);
    if (version >= 16) {
      r.compact(); // the API's version
      deprecation(r);
    }
    return null;
  }

  /** A runtime API method or a view function, read past: name, named inputs, output type, docs, deprecation. */
  private static Object function(ScaleReader x, int version) {
    x.string();
    x.vec(1, p -> {
      p.string();
      return p.compact();
    });
    x.compact();
    x.vec(1, ScaleReader::string);
    if (version >= 16) {
      deprecation(x);
    }
    return null;
  }

  /** V16's ItemDeprecationInfo: 0 not deprecated, 1 deprecated without a note, 2 a note and an optional since. */
  private static void deprecation(ScaleReader r) {
    int tag = r.u8();
    switch (tag) {
      case 0, 1 -> {}
      case 2 -> {
        r.string();
        r.option(ScaleReader::string);
      }
      default -> throw new ScaleException("unknown deprecation info " + tag + " at offset " + (r.position() - 1));
    }
  }

  /** V16's EnumDeprecationInfo: a map from variant index to 1 (without a note) or 2 (a note, an optional since). */
  private static void enumDeprecation(ScaleReader r) {
    for (int i = 0, n = r.length(2, "deprecated variants"); i < n; i++) {
      r.u8();
      int tag = r.u8();
      if (tag == 2) {
        r.string();
        r.option(ScaleReader::string);
      } else if (tag != 1) {
        throw new ScaleException("unknown variant deprecation info " + tag + " at offset " + (r.position() - 1));
      }
    }
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
      storage.addAll(x.vec(1, y -> storageEntry(y, version)));
      return Boolean.TRUE;
    });
    Integer calls = r.option(x -> typeWithDeprecation(x, version));
    Integer event = r.option(x -> typeWithDeprecation(x, version));
    List<Constant> constants = r.vec(1, x -> {
      String n = x.string();
      int ty = (int) x.compact();
      byte[] value = x.bytes();
      x.vec(1, ScaleReader::string);
      if (version >= 16) {
        deprecation(x);
      }
      return new Constant(n, ty, value);
    });
    Integer error = r.option(x -> typeWithDeprecation(x, version));
    if (version >= 16) {
      r.vec(1, x -> {
        x.string();
        x.compact();
        return x.vec(1, ScaleReader::string);
      }); // associated types
      r.vec(32, x -> {
        x.raw(32); // the view function's id
        return function(x, version);
      }); // view functions
    }
    int index = r.u8();
    if (version >= 15) {
      r.vec(1, ScaleReader::string); // docs
    }
    if (version >= 16) {
      deprecation(r);
    }
    return new Pallet(name, index, calls, event, error, prefix[0], List.copyOf(storage), List.copyOf(constants));
  }

  private static int typeWithDeprecation(ScaleReader r, int version) {
    int type = (int) r.compact();
    if (version >= 16) {
      enumDeprecation(r);
    }
    return type;
  }

  private static StorageEntry storageEntry(ScaleReader r, int version) {
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
    if (version >= 16) {
      deprecation(r);
    }
    return new StorageEntry(name, modifier, hashers, key, value, def);
  }

  /** The name of a storage hasher index (Blake2_128Concat, Twox64Concat, ...). */
  public static String hasherName(int index) {
    return HASHERS[index];
  }
}
