package org.snark4j.bridge.substrate;

import java.math.BigInteger;

/**
 * Signed extrinsics, version 4: {@code compact(length) ‖ 0x84 ‖ address ‖ signature ‖ extra ‖ call}, the address a
 * MultiAddress::Id of the signer's account id, the signature a MultiSignature (Ed25519, variant 0, or ECDSA, variant
 * 2: see {@link Signer}). What goes into
 * extra (signed along) and into the additional data (signed, never sent) is read from the signed extensions the
 * metadata lists: era, nonce, tip (and the asset of ChargeAssetTxPayment), spec and transaction versions,
 * genesis hash, the era's block hash, and the metadata-hash mode (disabled). An extension this class does not
 * know is accepted only when it carries no data, else refused by name. The payload signed is
 * {@code call ‖ extra ‖ additional}, or its blake2_256 when longer than 256 bytes.
 */
public final class Extrinsic {
  private Extrinsic() {}

  /** The transaction's lifetime: immortal, or mortal from a block for about {@code period} blocks. */
  public record Era(boolean immortal, long period, long phase) {
    public static final Era IMMORTAL = new Era(true, 0, 0);

    /** Mortal from the given block number, the period rounded up to a power of two in [4, 65536]. */
    public static Era mortal(long blockNumber, long period) {
      long p = Math.max(4, Math.min(65536, Long.highestOneBit(Math.max(1, period - 1)) << 1));
      return new Era(false, p, blockNumber % p);
    }

    byte[] encode() {
      if (immortal) {
        return new byte[] {0};
      }
      long quantize = Math.max(period >> 12, 1);
      int encoded = (int) Math.min(15, Math.max(1, Long.numberOfTrailingZeros(period) - 1))
          | (int) ((phase / quantize) << 4);
      return new byte[] {(byte) encoded, (byte) (encoded >>> 8)};
    }
  }

  /** What the signer states: nonce, tip, lifetime, and the chain it is for. */
  public record Params(long nonce, BigInteger tip, Era era, long specVersion, long transactionVersion,
      byte[] genesisHash, byte[] eraBlockHash) {
    public Params {
      if (genesisHash.length != 32 || eraBlockHash.length != 32) {
        throw new IllegalArgumentException("the genesis and era block hashes are 32 bytes");
      }
    }

    /** Immortal, no tip: the era block hash is the genesis hash. */
    public static Params immortal(long nonce, long specVersion, long transactionVersion, byte[] genesisHash) {
      return new Params(nonce, BigInteger.ZERO, Era.IMMORTAL, specVersion, transactionVersion, genesisHash,
          genesisHash);
    }
  }

  /** The bytes signed: call ‖ extra ‖ additional (hashed when over 256 bytes). */
  public static byte[] signingPayload(Metadata m, byte[] call, Params p) {
    byte[][] ea = extraAndAdditional(m, p);
    byte[] payload = new ScaleWriter().raw(call).raw(ea[0]).raw(ea[1]).toByteArray();
    return payload.length > 256 ? Hashers.blake2_256(payload) : payload;
  }

  /** A signed extrinsic, ready for author_submitExtrinsic. */
  public static byte[] signed(Metadata m, Signer key, byte[] call, Params p) {
    if (m.extrinsicVersion() != 4) {
      throw new IllegalArgumentException("extrinsic version 4 is built, the runtime declares " + m.extrinsicVersion());
    }
    byte[] extra = extraAndAdditional(m, p)[0];
    byte[] signature = key.sign(signingPayload(m, call, p));
    byte[] body = new ScaleWriter().u8(0x84).u8(0).raw(key.accountId()).u8(key.signatureType()).raw(signature)
        .raw(extra).raw(call).toByteArray();
    return new ScaleWriter().bytes(body).toByteArray();
  }

  /** A decoded extrinsic: the signer's account id (null when unsigned) and the call by pallet and name. */
  public record Decoded(byte[] signer, String pallet, ScaleValue.Variant call) {}

  /**
   * Decodes an extrinsic v4 as blocks hold it (with its length prefix): the address (MultiAddress), the signature
   * (MultiSignature), the extra of each signed extension by its metadata type, then the call from the pallet's call
   * enum. Malformed input is a {@link ScaleException}.
   */
  public static Decoded decode(Metadata m, byte[] extrinsic) {
    ScaleReader outer = new ScaleReader(extrinsic);
    ScaleReader r = new ScaleReader(outer.bytes());
    outer.expectEnd();
    int version = r.u8();
    if ((version & 0x7F) != 4) {
      throw new ScaleException("extrinsic version 4 is decoded, got " + (version & 0x7F));
    }
    byte[] signer = null;
    if ((version & 0x80) != 0) {
      int address = r.u8();
      switch (address) {
        case 0, 3 -> signer = r.raw(32); // Id, Address32
        case 1 -> r.compact(); // Index
        case 2 -> r.bytes(); // Raw
        case 4 -> r.raw(20); // Address20
        default -> throw new ScaleException("unknown MultiAddress variant " + address);
      }
      int sig = r.u8();
      switch (sig) {
        case 0, 1 -> r.raw(64);
        case 2 -> r.raw(65);
        default -> throw new ScaleException("unknown MultiSignature variant " + sig);
      }
      for (Metadata.SignedExtension e : m.signedExtensions()) {
        ScaleValue.read(m, r, e.type());
      }
    }
    Metadata.Pallet p = m.pallet(r.u8());
    if (p.callType() == null) {
      throw new ScaleException("pallet " + p.name() + " has no calls");
    }
    ScaleValue.Variant call = (ScaleValue.Variant) ScaleValue.read(m, r, p.callType());
    r.expectEnd();
    return new Decoded(signer, p.name(), call);
  }

  private static byte[][] extraAndAdditional(Metadata m, Params p) {
    ScaleWriter extra = new ScaleWriter();
    ScaleWriter additional = new ScaleWriter();
    for (Metadata.SignedExtension e : m.signedExtensions()) {
      switch (e.identifier()) {
        case "CheckNonZeroSender", "CheckWeight", "PrevalidateAttests", "CheckNonKeylessSender",
            "CheckWeightReclaim", "StorageWeightReclaim" -> {
          requireEmpty(m, e);
        }
        case "CheckSpecVersion" -> additional.u32(p.specVersion());
        case "CheckTxVersion" -> additional.u32(p.transactionVersion());
        case "CheckGenesis" -> additional.raw(p.genesisHash());
        case "CheckMortality", "CheckEra" -> {
          extra.raw(p.era().encode());
          additional.raw(p.eraBlockHash());
        }
        case "CheckNonce" -> extra.compact(p.nonce());
        case "ChargeTransactionPayment" -> extra.compact(p.tip());
        case "ChargeAssetTxPayment" -> extra.compact(p.tip()).u8(0); // asset id: None (the native token)
        case "CheckMetadataHash" -> {
          extra.u8(0); // Mode::Disabled
          additional.u8(0); // Option::None
        }
        default -> requireEmpty(m, e);
      }
    }
    return new byte[][] {extra.toByteArray(), additional.toByteArray()};
  }

  private static void requireEmpty(Metadata m, Metadata.SignedExtension e) {
    if (!empty(m, e.type()) || !empty(m, e.additionalSigned())) {
      throw new IllegalArgumentException("the signed extension " + e.identifier() + " carries data this client "
          + "does not know how to fill");
    }
  }

  private static boolean empty(Metadata m, int type) {
    return switch (m.type(type).def()) {
      case Metadata.Composite c -> c.fields().stream().allMatch(f -> empty(m, f.type()));
      case Metadata.Tuple t -> t.types().stream().allMatch(x -> empty(m, x));
      case Metadata.Array a -> a.length() == 0;
      default -> false;
    };
  }
}
