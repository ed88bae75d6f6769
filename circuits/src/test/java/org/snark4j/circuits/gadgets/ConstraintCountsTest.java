package org.snark4j.circuits.gadgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins each gadget's constraint count (STYLE.md 11): src/test/resources/constraint-counts.csv must equal what
 * the gadgets compile to today, so a change shows in review. After a deliberate change, run {@link #main}
 * from the circuits folder to rewrite the snark4j column (circomlib's comes from CircomlibCountsIT).
 */
class ConstraintCountsTest {
  static final Path FILE = Path.of("src/test/resources/constraint-counts.csv");

  static String expected() throws Exception {
    Map<String, int[]> old = Files.exists(FILE) ? GadgetCounts.parse(Files.readString(FILE)) : Map.of();
    Map<String, int[]> rows = new LinkedHashMap<>();
    for (GadgetCounts.Entry e : GadgetCounts.entries()) {
      int circom = old.containsKey(e.name()) ? old.get(e.name())[1] : -1;
      rows.put(e.name(), new int[] {e.ours(), e.circom() == null ? -1 : circom});
    }
    return GadgetCounts.render(rows);
  }

  @Test
  void countsAreThePinnedOnes() throws Exception {
    assertEquals(Files.readString(FILE), expected(),
        "gadget constraint counts changed: review, then run ConstraintCountsTest.main to update " + FILE);
  }

  public static void main(String[] args) throws Exception {
    Files.writeString(FILE, expected());
    System.out.println("wrote " + FILE);
  }
}
