package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Known answers from the SCALE documentation, round trips at every compact mode boundary, malformed input. */
class ScaleTest {
  static String hex(ScaleWriter w) {
    return HexFormat.of().formatHex(w.toByteArray());
  }

  static ScaleReader reader(String hex) {
    return new ScaleReader(HexFormat.of().parseHex(hex));
  }

  @Test
  void documentedExamples() {
    assertEquals("01", hex(new ScaleWriter().bool(true)));
    assertEquals("2a00", hex(new ScaleWriter().u16(42)));
    assertEquals("00", hex(new ScaleWriter().compact(0)));
    assertEquals("04", hex(new ScaleWriter().compact(1)));
    assertEquals("a8", hex(new ScaleWriter().compact(42)));
    assertEquals("1501", hex(new ScaleWriter().compact(69)));
    assertEquals("feff0300", hex(new ScaleWriter().compact(65535)));
    assertEquals("0b00407a10f35a", hex(new ScaleWriter().compact(100_000_000_000_000L)));
    assertEquals("18040008000f00100017002a00",
        hex(new ScaleWriter().vec(List.of(4, 8, 15, 16, 23, 42), ScaleWriter::u16)));
    // 0b00000010_01111101 as ten bits, least significant first
    boolean[] bits = new boolean[10];
    int v = 0b00000010_01111101;
    for (int i = 0; i < 10; i++) {
      bits[i] = (v >> i & 1) == 1;
    }
    assertEquals("287d02", hex(new ScaleWriter().bits(bits)));
    assertArrayEquals(bits, reader("287d02").bits());
    // Option<bool> is one byte; Result<u8, bool>; a tuple (Compact<u8>, bool)
    assertEquals("00", hex(new ScaleWriter().optionBool(null)));
    assertEquals("02", hex(new ScaleWriter().optionBool(false)));
    assertEquals("002a", hex(new ScaleWriter().result(true, 42, ScaleWriter::u8, null, ScaleWriter::bool)));
    assertEquals("0100", hex(new ScaleWriter().result(false, 0, ScaleWriter::u8, false, ScaleWriter::bool)));
    assertEquals("0c00", hex(new ScaleWriter().compact(3).bool(false)));
    assertEquals("0101", hex(new ScaleWriter().option(true, ScaleWriter::bool)));
    assertEquals("1448656c6c6f", hex(new ScaleWriter().string("Hello")));
  }

  @Test
  void roundTripsAtEveryModeBoundary() {
    long[] values = {0, 63, 64, (1 << 14) - 1, 1 << 14, (1L << 30) - 1, 1L << 30, (1L << 32) - 1, 1L << 32,
        Long.MAX_VALUE};
    for (long x : values) {
      byte[] enc = new ScaleWriter().compact(x).toByteArray();
      ScaleReader r = new ScaleReader(enc);
      assertEquals(x, r.compact(), "value " + x);
      r.expectEnd();
    }
    BigInteger big = BigInteger.ONE.shiftLeft(536).subtract(BigInteger.ONE);
    assertEquals(big, new ScaleReader(new ScaleWriter().compact(big).toByteArray()).compactBig());
    assertThrows(ScaleException.class, () -> new ScaleWriter().compact(big.add(BigInteger.ONE)));

    Random rnd = new Random(5);
    for (int i = 0; i < 200; i++) {
      BigInteger u128 = new BigInteger(128, rnd);
      BigInteger i64 = BigInteger.valueOf(rnd.nextLong());
      String s = "ü€" + rnd.nextInt();
      byte[] enc = new ScaleWriter().u128(u128).signed(i64, 8).string(s).u32(0xFFFF_FFFFL)
          .vec(List.of(u128, u128), ScaleWriter::u128).toByteArray();
      ScaleReader r = new ScaleReader(enc);
      assertEquals(u128, r.u128());
      assertEquals(i64, r.signed(8));
      assertEquals(s, r.string());
      assertEquals(0xFFFF_FFFFL, r.u32());
      assertEquals(List.of(u128, u128), r.vec(16, ScaleReader::u128));
      r.expectEnd();
    }
  }

  @Test
  void malformedInputIsRefusedWithAClearMessage() {
    assertTrue(assertThrows(ScaleException.class, () -> reader("01").u32()).getMessage().contains("truncated"));
    assertThrows(ScaleException.class, () -> reader("02").bool());
    assertThrows(ScaleException.class, () -> reader("03").optionBool());
    assertThrows(ScaleException.class, () -> reader("0201").option(ScaleReader::bool));
    assertThrows(ScaleException.class, () -> reader("0200").result(ScaleReader::u8, ScaleReader::u8));
    // non-canonical compacts: 1 in two-byte mode, 1 in big-integer mode
    assertThrows(ScaleException.class, () -> reader("0500").compact());
    assertThrows(ScaleException.class, () -> reader("0301000000").compact());
    // a huge length prefix over a short input fails at once
    ScaleException huge = assertThrows(ScaleException.class, () -> reader("13ffffffffffffff7f00").bytes());
    assertTrue(huge.getMessage().contains("claims"), huge.getMessage());
    assertThrows(ScaleException.class, () -> reader("fe").vec(1, ScaleReader::u8));
    assertThrows(ScaleException.class, () -> reader("08ff").string());
    assertThrows(ScaleException.class, () -> reader("fdffffff").bits());
    assertThrows(ScaleException.class, () -> new ScaleWriter().u8(256));
    assertThrows(ScaleException.class, () -> new ScaleWriter().signed(BigInteger.valueOf(128), 1));
    ScaleReader r = reader("0000");
    r.u8();
    assertThrows(ScaleException.class, r::expectEnd);
    assertNull(reader("00").option(ScaleReader::u8));
  }
}
