package org.snark4j.formats;

/**
 * A snarkjs or circom file (.r1cs, .wtns, .zkey, .ptau, or a circom .wasm) is malformed: the message names the
 * file or section, what was expected and what came.
 *
 * <p>Every reader in this package keeps one contract, which coverage-guided fuzz tests check: whatever the bytes,
 * it returns what the file holds or throws this exception, never another exception or an error of the JVM; it
 * allocates in proportion to the bytes present, never to a count or length field (a header that claims more
 * elements than the file can hold is refused before anything is allocated for them); every loop is bounded by
 * the input's real size.
 */
public final class FormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public FormatException(String message) {
    super(message);
  }
}
