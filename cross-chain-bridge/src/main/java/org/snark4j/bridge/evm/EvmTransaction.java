package org.snark4j.bridge.evm;

import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPWriter;

/**
 * An unsigned Ethereum transaction: EIP-1559 (type 2, with an empty access list) or legacy with EIP-155 replay
 * protection. {@link #sign} gives the raw bytes for {@code eth_sendRawTransaction}. {@code to} is null for a
 * contract creation.
 */
public sealed interface EvmTransaction {
  /** A type-2 transaction. */
  record Eip1559(long chainId, long nonce, BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas, long gasLimit,
      String to, BigInteger value, byte[] data) implements EvmTransaction {
    public Eip1559 {
      check(chainId, nonce, gasLimit, to, value, data);
      nonNegative(maxPriorityFeePerGas, "maxPriorityFeePerGas");
      nonNegative(maxFeePerGas, "maxFeePerGas");
      if (maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
        throw new IllegalArgumentException("maxPriorityFeePerGas " + maxPriorityFeePerGas + " exceeds maxFeePerGas "
            + maxFeePerGas);
      }
    }

    @Override
    public byte[] sign(EvmKey key) {
      byte[] hash = Keccak.hash256(typed(RLP.encodeList(w -> fields(w))));
      BigInteger[] sig = key.sign(hash);
      return typed(RLP.encodeList(w -> {
        fields(w);
        w.writeBigInteger(sig[0]);
        w.writeBigInteger(sig[1]);
        w.writeBigInteger(sig[2]);
      }));
    }

    private void fields(RLPWriter w) {
      w.writeLong(chainId);
      w.writeLong(nonce);
      w.writeBigInteger(maxPriorityFeePerGas);
      w.writeBigInteger(maxFeePerGas);
      w.writeLong(gasLimit);
      w.writeValue(to == null ? Bytes.EMPTY : Bytes.wrap(Hex.decode(to)));
      w.writeBigInteger(value);
      w.writeValue(Bytes.wrap(data));
      w.writeList(l -> { }); // access list
    }

    private static byte[] typed(Bytes rlp) {
      byte[] out = new byte[rlp.size() + 1];
      out[0] = 2;
      System.arraycopy(rlp.toArrayUnsafe(), 0, out, 1, rlp.size());
      return out;
    }
  }

  /** A legacy transaction signed for one chain (EIP-155: v = 35 + 2·chainId + recovery id). */
  record Legacy(long chainId, long nonce, BigInteger gasPrice, long gasLimit, String to, BigInteger value,
      byte[] data) implements EvmTransaction {
    public Legacy {
      check(chainId, nonce, gasLimit, to, value, data);
      nonNegative(gasPrice, "gasPrice");
    }

    @Override
    public byte[] sign(EvmKey key) {
      byte[] hash = Keccak.hash256(RLP.encodeList(w -> {
        fields(w);
        w.writeLong(chainId);
        w.writeLong(0);
        w.writeLong(0);
      }).toArrayUnsafe());
      BigInteger[] sig = key.sign(hash);
      BigInteger v = sig[0].add(BigInteger.valueOf(chainId).shiftLeft(1)).add(BigInteger.valueOf(35));
      return RLP.encodeList(w -> {
        fields(w);
        w.writeBigInteger(v);
        w.writeBigInteger(sig[1]);
        w.writeBigInteger(sig[2]);
      }).toArrayUnsafe();
    }

    private void fields(RLPWriter w) {
      w.writeLong(nonce);
      w.writeBigInteger(gasPrice);
      w.writeLong(gasLimit);
      w.writeValue(to == null ? Bytes.EMPTY : Bytes.wrap(Hex.decode(to)));
      w.writeBigInteger(value);
      w.writeValue(Bytes.wrap(data));
    }
  }

  /** The raw signed transaction. */
  byte[] sign(EvmKey key);

  /** The hash of a raw signed transaction, as nodes report it. */
  static String hash(byte[] raw) {
    return Hex.encode(Keccak.hash256(raw));
  }

  private static void check(long chainId, long nonce, long gasLimit, String to, BigInteger value, byte[] data) {
    if (chainId < 1 || nonce < 0 || gasLimit < 21000) {
      throw new IllegalArgumentException("chainId must be ≥ 1, nonce ≥ 0 and gasLimit ≥ 21000, got " + chainId + ", "
          + nonce + ", " + gasLimit);
    }
    if (to != null && Hex.decode(to).length != 20) {
      throw new IllegalArgumentException("to must be a 20-byte address or null (a creation), got " + to);
    }
    nonNegative(value, "value");
    if (data == null) {
      throw new IllegalArgumentException("data must be bytes (empty for none), got null");
    }
  }

  private static void nonNegative(BigInteger v, String what) {
    if (v == null || v.signum() < 0 || v.bitLength() > 256) {
      throw new IllegalArgumentException(what + " must be an integer in [0, 2^256), got " + v);
    }
  }
}
