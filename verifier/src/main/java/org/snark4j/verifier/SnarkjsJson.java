package org.snark4j.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.SnarkjsCodec;

/** The Jackson side of {@link SnarkjsFiles}, apart so that the facade loads without Jackson and says so. */
final class SnarkjsJson {
  private SnarkjsJson() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static Groth16VerifyingKey readVerifyingKey(Path file) throws IOException {
    return verifyingKey(tree(file));
  }

  public static Groth16Proof readProof(Path file) throws IOException {
    return proof(tree(file));
  }

  /** The public inputs of a public.json: decimal strings, each below r. */
  public static List<Fr> readPublicInputs(Path file) throws IOException {
    return publicInputs(tree(file));
  }

  private static JsonNode tree(Path file) throws IOException {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  public static Groth16VerifyingKey verifyingKey(JsonNode vk) {
    expect(vk, "protocol", "groth16");
    if (vk.has("curve")) {
      expect(vk, "curve", "bn128");
    }
    List<G1Affine> ic = new ArrayList<>();
    JsonNode icNode = field(vk, "IC");
    if (!icNode.isArray()) {
      throw new IllegalArgumentException("IC: expected an array of points, got " + icNode.getNodeType());
    }
    for (int i = 0; i < icNode.size(); i++) {
      ic.add(g1(icNode.get(i), "IC[" + i + "]"));
    }
    if (vk.has("nPublic") && vk.get("nPublic").asInt() != ic.size() - 1) {
      throw new IllegalArgumentException("verification key: nPublic = " + vk.get("nPublic").asInt() + " but IC has "
          + ic.size() + " points (expected nPublic + 1)");
    }
    return new Groth16VerifyingKey(g1(field(vk, "vk_alpha_1"), "vk_alpha_1"), g2(field(vk, "vk_beta_2"), "vk_beta_2"),
        g2(field(vk, "vk_gamma_2"), "vk_gamma_2"), g2(field(vk, "vk_delta_2"), "vk_delta_2"), ic);
  }

  public static Groth16Proof proof(JsonNode p) {
    if (p.has("protocol")) {
      expect(p, "protocol", "groth16");
    }
    if (p.has("curve")) {
      expect(p, "curve", "bn128");
    }
    return new Groth16Proof(g1(field(p, "pi_a"), "pi_a"), g2(field(p, "pi_b"), "pi_b"), g1(field(p, "pi_c"), "pi_c"));
  }

  public static List<Fr> publicInputs(JsonNode pub) {
    if (!pub.isArray()) {
      throw new IllegalArgumentException("public.json must be an array of decimal strings, got " + pub.getNodeType());
    }
    BigInteger[] v = new BigInteger[pub.size()];
    for (int i = 0; i < v.length; i++) {
      String s = pub.get(i).asText().strip();
      if (s.length() > Fr.MAX_DECIMAL_CHARS) { // BigInteger's parse takes time quadratic in the length
        throw new IllegalArgumentException("public input " + i + ": expected a decimal integer below r, got a string of "
            + s.length() + " characters");
      }
      try {
        v[i] = new BigInteger(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("public input " + i + ": expected a decimal integer, got " + pub.get(i), e);
      }
    }
    return Groth16Verifier.toFr(v);
  }

  private static JsonNode field(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field \"" + name + "\"");
    }
    return v;
  }

  private static void expect(JsonNode n, String name, String value) {
    String got = field(n, name).asText();
    if (!got.equals(value)) {
      throw new IllegalArgumentException("field \"" + name + "\": expected \"" + value + "\", got \"" + got + "\"");
    }
  }

  private static List<String> strings(JsonNode arr, String what) {
    if (arr == null || !arr.isArray()) {
      throw new IllegalArgumentException(what + ": expected an array, got " + (arr == null ? "nothing"
          : arr.getNodeType()));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : arr) {
      out.add(x.asText());
    }
    return out;
  }

  private static G1Affine g1(JsonNode n, String what) {
    try {
      return SnarkjsCodec.decodeG1(strings(n, what));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }

  private static G2Affine g2(JsonNode n, String what) {
    if (!n.isArray()) {
      throw new IllegalArgumentException(what + ": expected an array of pairs, got " + n.getNodeType());
    }
    List<List<String>> pairs = new ArrayList<>();
    for (JsonNode p : n) {
      pairs.add(strings(p, what));
    }
    try {
      return SnarkjsCodec.decodeG2(pairs);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ writing

  public static ObjectNode toJson(Groth16VerifyingKey vk) {
    ObjectNode o = JSON.createObjectNode();
    o.put("protocol", "groth16");
    o.put("curve", "bn128");
    o.put("nPublic", vk.publicInputCount());
    o.set("vk_alpha_1", JSON.valueToTree(SnarkjsCodec.encodeG1(vk.alpha())));
    o.set("vk_beta_2", JSON.valueToTree(SnarkjsCodec.encodeG2(vk.beta())));
    o.set("vk_gamma_2", JSON.valueToTree(SnarkjsCodec.encodeG2(vk.gamma())));
    o.set("vk_delta_2", JSON.valueToTree(SnarkjsCodec.encodeG2(vk.delta())));
    o.set("vk_alphabeta_12", alphaBeta(vk));
    ArrayNode ic = o.putArray("IC");
    for (G1Affine p : vk.ic()) {
      ic.add(JSON.valueToTree(SnarkjsCodec.encodeG1(p)));
    }
    return o;
  }

  /** e(α, β) as snarkjs writes it: [[[c0.c0.c0, c0.c0.c1], [c0.c1...], [c0.c2...]], [[c1...], ...]]. */
  private static ArrayNode alphaBeta(Groth16VerifyingKey vk) {
    org.snark4j.core.bn254.Fp12 e = org.snark4j.core.bn254.Pairing.pair(vk.alpha(), vk.beta());
    ArrayNode out = JSON.createArrayNode();
    for (org.snark4j.core.bn254.Fp6 half : List.of(e.c0(), e.c1())) {
      ArrayNode h = out.addArray();
      for (org.snark4j.core.bn254.Fp2 c : List.of(half.c0(), half.c1(), half.c2())) {
        ArrayNode pair = h.addArray();
        pair.add(c.c0().toString());
        pair.add(c.c1().toString());
      }
    }
    return out;
  }

  public static ObjectNode toJson(Groth16Proof proof) {
    ObjectNode o = JSON.createObjectNode();
    o.set("pi_a", JSON.valueToTree(SnarkjsCodec.encodeG1(proof.a())));
    o.set("pi_b", JSON.valueToTree(SnarkjsCodec.encodeG2(proof.b())));
    o.set("pi_c", JSON.valueToTree(SnarkjsCodec.encodeG1(proof.c())));
    o.put("protocol", "groth16");
    o.put("curve", "bn128");
    return o;
  }

  public static ArrayNode toJson(List<Fr> publicInputs) {
    ArrayNode a = JSON.createArrayNode();
    for (Fr x : publicInputs) {
      a.add(x.toString());
    }
    return a;
  }

  public static void write(Path file, JsonNode json) throws IOException {
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
  }
}
