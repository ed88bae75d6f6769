package org.snark4j.bridge.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers from the Solidity ABI specification's examples, and malformed input refused with a clear message. */
class AbiTest {
  @Test
  void specificationExamples() {
    // baz(uint32,bool) with 69 and true
    assertEquals("0xcdcd77c0"
        + "0000000000000000000000000000000000000000000000000000000000000045"
        + "0000000000000000000000000000000000000000000000000000000000000001",
        Hex.encode(Abi.call("baz", Abi.types("uint32", "bool"), List.of(69, true))));
    // sam(bytes,bool,uint256[]) with "dave", true and [1, 2, 3]
    assertEquals("0xa5643bf2"
        + "0000000000000000000000000000000000000000000000000000000000000060"
        + "0000000000000000000000000000000000000000000000000000000000000001"
        + "00000000000000000000000000000000000000000000000000000000000000a0"
        + "0000000000000000000000000000000000000000000000000000000000000004"
        + "6461766500000000000000000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000003"
        + "0000000000000000000000000000000000000000000000000000000000000001"
        + "0000000000000000000000000000000000000000000000000000000000000002"
        + "0000000000000000000000000000000000000000000000000000000000000003",
        Hex.encode(Abi.call("sam", Abi.types("bytes", "bool", "uint256[]"),
            List.of("dave".getBytes(), true, List.of(1, 2, 3)))));
    assertEquals("(uint256,(bytes32,string[])[2])", Abi.type("(uint, (bytes32, string[])[2])").name());
  }

  @Test
  void badValuesAndBadEncodingsAreRefused() {
    Abi.Tuple u8 = Abi.types("uint8");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Abi.encode(u8, List.of(256))).getMessage()
        .contains("uint8 cannot hold 256"));
    assertThrows(IllegalArgumentException.class, () -> Abi.encode(Abi.types("int8"), List.of(128)));
    assertThrows(IllegalArgumentException.class, () -> Abi.encode(Abi.types("address"), List.of("0x1234")));
    assertThrows(IllegalArgumentException.class, () -> Abi.encode(Abi.types("uint256", "bool"), List.of(1)));
    assertThrows(IllegalArgumentException.class, () -> Abi.type("uint7"));
    assertThrows(IllegalArgumentException.class, () -> Abi.type("(uint256"));

    // short data, an offset past the end, a length past the end, a huge array length, a dirty bool
    assertThrows(IllegalArgumentException.class, () -> Abi.decode(u8, new byte[31]));
    byte[] offset = Abi.word(BigInteger.valueOf(4096));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Abi.decode(Abi.types("bytes"), offset)).getMessage()
        .contains("past the end"));
    byte[] lengthPastEnd = concat(Abi.word(BigInteger.valueOf(32)), Abi.word(BigInteger.valueOf(100)));
    assertThrows(IllegalArgumentException.class, () -> Abi.decode(Abi.types("string"), lengthPastEnd));
    byte[] hugeArray = concat(Abi.word(BigInteger.valueOf(32)), Abi.word(BigInteger.ONE.shiftLeft(30)));
    assertThrows(IllegalArgumentException.class, () -> Abi.decode(Abi.types("uint256[]"), hugeArray));
    assertThrows(IllegalArgumentException.class, () -> Abi.decode(Abi.types("bool"), Abi.word(BigInteger.TWO)));
    assertThrows(IllegalArgumentException.class, () -> Abi.decode(u8, Abi.word(BigInteger.valueOf(256))));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
