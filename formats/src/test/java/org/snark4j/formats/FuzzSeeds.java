package org.snark4j.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.snark4j.core.bn254.Fr;

/**
 * Writes the fuzz targets' seed inputs: one small valid file of each kind, made with the writers here, so the
 * fuzzer starts from valid structure. Run from the formats module after a build:
 * {@code java -cp target/classes:target/test-classes:<zk-core jar> org.snark4j.formats.FuzzSeeds}.
 */
final class FuzzSeeds {
  private FuzzSeeds() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0]
        : "src/test/resources/org/snark4j/formats/FormatsFuzzTestInputs");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WtnsFile.write(new Fr[] {Fr.ONE, Fr.of(33), Fr.ONE.negate()}, out);
    write(root.resolve("wtns/seed-valid"), out.toByteArray());

    List<R1csFile.Constraint> cs = List.of(new R1csFile.Constraint(new R1csFile.Lc(new int[] {2}, new Fr[] {Fr.ONE}),
        new R1csFile.Lc(new int[] {3}, new Fr[] {Fr.of(3)}), new R1csFile.Lc(new int[] {0, 1},
            new Fr[] {Fr.of(4), Fr.ONE.negate()})));
    out.reset();
    R1csFile.write(new R1csFile.Contents(4, 1, 0, 2, 4, cs), out);
    write(root.resolve("r1cs/seed-valid"), out.toByteArray());

    Path tmp = Files.createTempFile("seed", ".zkey");
    ZkeyFile.Contribution c = new ZkeyFile.Contribution(FormatsTest.g1(23), FormatsTest.g1(29), FormatsTest.g1(31),
        FormatsTest.g2(37), new byte[64], 1, "beacon", 10, new byte[] {1, 2, 3});
    ZkeyFile.write(FormatsTest.key(), new ZkeyFile.History(new byte[64], List.of(c)), tmp);
    byte[] zkey = Files.readAllBytes(tmp);
    Files.delete(tmp);
    write(root.resolve("zkey/seed-valid"), zkey);
    write(root.resolve("binFile/seed-zkey"), zkey);

    write(root.resolve("ptau/seed-valid"), ptau());
    write(root.resolve("contributionParams/seed-valid"),
        ContributionParams.encode("a name", 1, 10, new byte[] {1, 2, 3}));
  }

  /** A prepared .ptau of power 1 with made-up points (valid structure, not a ceremony's output). */
  private static byte[] ptau() throws IOException {
    BinFile.Writer w = new BinFile.Writer("ptau", 1);
    w.section(1, PtauFile.headerSection(1, 1));
    w.section(2, g1s(3));
    w.section(3, g2s(2));
    w.section(4, g1s(2));
    w.section(5, g1s(2));
    w.section(6, g2s(1));
    w.section(7, new BinFile.Content().u32(0).bytes());
    w.section(12, g1s(3));
    w.section(13, g2s(3));
    w.section(14, g1s(3));
    w.section(15, g1s(3));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.writeTo(out);
    return out.toByteArray();
  }

  private static byte[] g1s(int n) {
    BinFile.Content c = new BinFile.Content();
    for (int i = 0; i < n; i++) {
      c.put(SnarkjsPoints.bytes(FormatsTest.g1(i + 2)));
    }
    return c.bytes();
  }

  private static byte[] g2s(int n) {
    BinFile.Content c = new BinFile.Content();
    for (int i = 0; i < n; i++) {
      c.put(SnarkjsPoints.bytes(FormatsTest.g2(i + 2)));
    }
    return c.bytes();
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
