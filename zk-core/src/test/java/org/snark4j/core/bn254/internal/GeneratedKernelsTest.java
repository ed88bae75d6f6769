package org.snark4j.core.bn254.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checked-in field kernels are exactly what the generators write today. */
class GeneratedKernelsTest {
  @ParameterizedTest
  @ValueSource(strings = {"FpArith", "FrArith"})
  void kernelIsCurrent(String name) throws Exception {
    Path file = Path.of(FieldKernelGenerator.relativePath(name));
    assertEquals(FieldKernelGenerator.generate(name), Files.readString(file),
        name + " differs from the generator's output: run FieldKernelGenerator.main in zk-core");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FpVector", "FrVector", "Fp52", "Fr52"})
  void vectorKernelIsCurrent(String name) throws Exception {
    Path file = Path.of(FieldKernelGenerator.relativePath(name));
    assertEquals(VectorKernelGenerator.generate(name), Files.readString(file),
        name + " differs from the generator's output: run VectorKernelGenerator.main in zk-core");
  }
}
