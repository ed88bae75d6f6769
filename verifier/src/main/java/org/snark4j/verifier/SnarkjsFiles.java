package org.snark4j.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snark4j.core.bn254.Fr;

/**
 * snarkjs's JSON files for Groth16 on BN254 ("bn128"): verification_key.json, proof.json and public.json.
 * Reading validates every point (coordinates below p, on the curve, in the subgroup) and every public input
 * (below r); a malformed file is an {@link IllegalArgumentException} naming the field. Writing produces the
 * same shape snarkjs writes (decimal strings, projective z = 1, vk_alphabeta_12 included).
 *
 * <p>Needs Jackson ({@code com.fasterxml.jackson.core:jackson-databind}), which the verifier declares optional
 * so that a user who never reads JSON does not carry it; without it, the first use of this class is an
 * {@link ExceptionInInitializerError} whose cause says so.
 */
public final class SnarkjsFiles {
  private SnarkjsFiles() {}

  static {
    try {
      Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, SnarkjsFiles.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("snarkjs's JSON files need Jackson: add com.fasterxml.jackson.core:"
          + "jackson-databind to the dependencies (the verifier declares it optional)", e);
    }
  }

  /** A verification_key.json: protocol groth16, curve bn128, every point checked, nPublic matching IC. */
  public static Groth16VerifyingKey readVerifyingKey(Path file) throws IOException {
    return SnarkjsJson.readVerifyingKey(file);
  }

  /** A proof.json, every point checked. */
  public static Groth16Proof readProof(Path file) throws IOException {
    return SnarkjsJson.readProof(file);
  }

  /** The public inputs of a public.json: decimal strings, each below r. */
  public static List<Fr> readPublicInputs(Path file) throws IOException {
    return SnarkjsJson.readPublicInputs(file);
  }

  /** A verification key from a parsed verification_key.json. */
  public static Groth16VerifyingKey verifyingKey(JsonNode vk) {
    return SnarkjsJson.verifyingKey(vk);
  }

  /** A proof from a parsed proof.json. */
  public static Groth16Proof proof(JsonNode p) {
    return SnarkjsJson.proof(p);
  }

  /** The public inputs of a parsed public.json. */
  public static List<Fr> publicInputs(JsonNode pub) {
    return SnarkjsJson.publicInputs(pub);
  }

  /** A verification key as snarkjs writes verification_key.json. */
  public static ObjectNode toJson(Groth16VerifyingKey vk) {
    return SnarkjsJson.toJson(vk);
  }

  /** A proof as snarkjs writes proof.json. */
  public static ObjectNode toJson(Groth16Proof proof) {
    return SnarkjsJson.toJson(proof);
  }

  /** Public inputs as snarkjs writes public.json. */
  public static ArrayNode toJson(List<Fr> publicInputs) {
    return SnarkjsJson.toJson(publicInputs);
  }

  /** Writes JSON indented, with a final newline. */
  public static void write(Path file, JsonNode json) throws IOException {
    SnarkjsJson.write(file, json);
  }
}
