package org.snark4j.core.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The checked-in generated sources are exactly what the generators write today. */
class GeneratedSourcesTest {
  /** What the generators write today, computed once for every case. */
  private static final Map<String, String> SOURCES = CurveGenerator.sources();

  static Stream<String> files() {
    return SOURCES.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void fileIsCurrent(String file) throws Exception {
    Path path = Path.of(file);
    String expected = SOURCES.get(file);
    String actual = Files.exists(path) ? Files.readString(path) : "(missing)";
    assertEquals(expected, actual, file + " differs from the generator's output: run CurveGenerator in zk-core");
  }
}
