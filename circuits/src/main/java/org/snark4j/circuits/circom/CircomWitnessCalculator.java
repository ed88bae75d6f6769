package org.snark4j.circuits.circom;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.FormatException;

/**
 * Runs the witness calculator that circom compiles to WebAssembly ({@code circuit_js/circuit.wasm}) in the
 * JVM with Chicory, a pure-Java WebAssembly runtime: from the circuit's inputs to the full witness, the same
 * values (and, written with {@link org.snark4j.formats.WtnsFile}, the same bytes) as {@code snarkjs wtns calculate}. No Node.js is
 * needed. The module is parsed once; each calculation runs in a fresh instance, so one calculator can serve
 * several threads.
 */
public final class CircomWitnessCalculator {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WasmModule module;

  private CircomWitnessCalculator(WasmModule module) {
    this.module = module;
  }

  /**
   * Loads a circom witness calculator.
   *
   * @throws FormatException if the file is not a WebAssembly module with circom's exports
   */
  public static CircomWitnessCalculator load(Path wasm) throws IOException {
    return load(Files.readAllBytes(wasm));
  }

  public static CircomWitnessCalculator load(byte[] wasm) {
    WasmModule m;
    try {
      m = Parser.parse(wasm);
    } catch (ChicoryException | IllegalArgumentException e) {
      throw new FormatException("not a WebAssembly module: " + e.getMessage());
    }
    boolean circom = false;
    for (int i = 0; i < m.exportSection().exportCount(); i++) {
      circom |= m.exportSection().getExport(i).name().equals("getWitness");
    }
    if (!circom) {
      throw new FormatException("the WebAssembly module has no getWitness export: not a circom witness calculator");
    }
    return new CircomWitnessCalculator(m);
  }

  /** The witness for the inputs of an {@code input.json} file. */
  public Fr[] calculate(Path inputJson) throws IOException {
    JsonNode node;
    try {
      node = JSON.readTree(inputJson.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(inputJson + " is not valid JSON: " + e.getMessage(), e);
    }
    return calculate(node);
  }

  /**
   * The witness for inputs given as a JSON object: each field a signal name, its value a number, a decimal
   * or 0x-hex string, or a (nested) array of them for array signals. Negative values are taken mod r.
   *
   * @throws IllegalArgumentException if a signal is unknown, has too many or too few values, or an input is
   *     missing
   * @throws CircomWitnessException if the circuit refuses the inputs (a failed assert, for instance)
   */
  public Fr[] calculate(JsonNode inputs) {
    if (!inputs.isObject()) {
      throw new IllegalArgumentException("circuit inputs must be a JSON object, got " + inputs.getNodeType());
    }
    Run run = new Run();
    int n32 = (int) run.call("getFieldNumLen32");
    if (n32 != 8) {
      throw new FormatException("the witness calculator uses " + n32 + " 32-bit words per element, BN254 needs 8");
    }
    run.call("getRawPrime");
    BigInteger prime = run.readShared(n32);
    if (!prime.equals(Fr.MODULUS)) {
      throw new FormatException("the circuit is over the field of " + prime + ", not BN254's r");
    }
    run.call("init", 0);
    int expected = (int) run.call("getInputSize");
    int given = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      long h = fnv1a(name);
      long msb = h >>> 32;
      long lsb = h & 0xffffffffL;
      List<BigInteger> values = new ArrayList<>();
      flatten(name, e.getValue(), values);
      int size = (int) run.call("getInputSignalSize", msb, lsb);
      if (size <= 0) { // circom 2.2 answers 0 for an unknown name, older versions a negative number
        throw new IllegalArgumentException("input signal \"" + name + "\" is not in the circuit");
      }
      if (values.size() != size) {
        throw new IllegalArgumentException("input signal \"" + name + "\" takes " + size + " values, got "
            + values.size());
      }
      for (int i = 0; i < values.size(); i++) {
        run.writeShared(values.get(i).mod(Fr.MODULUS), n32);
        run.call("setInputSignal", msb, lsb, i);
      }
      given += size;
    }
    if (given != expected) {
      throw new IllegalArgumentException("the circuit takes " + expected + " input values, got " + given);
    }
    int n = (int) run.call("getWitnessSize");
    Fr[] w = new Fr[n];
    for (int i = 0; i < n; i++) {
      run.call("getWitness", i);
      w[i] = Fr.of(run.readShared(n32));
    }
    return w;
  }

  /** 64-bit FNV-1a of the signal name over its UTF-16 code units, as circom's JavaScript computes it. */
  static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static void flatten(String name, JsonNode v, List<BigInteger> out) {
    if (v.isArray()) {
      for (JsonNode x : v) {
        flatten(name, x, out);
      }
      return;
    }
    try {
      if (v.isIntegralNumber()) {
        out.add(v.bigIntegerValue());
      } else if (v.isTextual()) {
        String t = v.asText().strip();
        out.add(t.startsWith("0x") || t.startsWith("0X") ? new BigInteger(t.substring(2), 16) : new BigInteger(t));
      } else if (v.isBoolean()) {
        out.add(v.asBoolean() ? BigInteger.ONE : BigInteger.ZERO);
      } else {
        throw new NumberFormatException(v.getNodeType().toString());
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("input signal \"" + name + "\": expected an integer, got " + v, e);
    }
  }

  /** One instance of the module and the messages it prints. */
  private final class Run {
    private final StringBuilder messages = new StringBuilder();
    private final Instance instance;

    Run() {
      FunctionType i32ToVoid = FunctionType.of(List.of(ValType.I32), List.of());
      FunctionType voidToVoid = FunctionType.of(List.of(), List.of());
      ImportValues imports = ImportValues.builder()
          .addFunction(new HostFunction("runtime", "exceptionHandler", i32ToVoid, (inst, args) -> {
            throw new CircomWitnessException(describe((int) args[0]) + (messages.isEmpty() ? "" : ": " + messages.toString().strip()));
          }))
          .addFunction(new HostFunction("runtime", "printErrorMessage", voidToVoid, (inst, args) -> {
            messages.append(message(inst)).append('\n');
            return null;
          }))
          .addFunction(new HostFunction("runtime", "writeBufferMessage", voidToVoid, (inst, args) -> {
            message(inst); // circom's log(): read and dropped
            return null;
          }))
          .addFunction(new HostFunction("runtime", "showSharedRWMemory", voidToVoid, (inst, args) -> null))
          .build();
      instance = Instance.builder(module).withImportValues(imports).build();
    }

    long call(String name, long... args) {
      ExportFunction f = instance.export(name);
      long[] r;
      try {
        r = f.apply(args);
      } catch (CircomWitnessException e) {
        throw e;
      } catch (ChicoryException e) {
        if (e.getCause() instanceof CircomWitnessException c) {
          throw c;
        }
        throw new CircomWitnessException("the witness calculator failed in " + name + ": " + e.getMessage());
      }
      return r == null || r.length == 0 ? 0 : r[0];
    }

    BigInteger readShared(int n32) {
      BigInteger v = BigInteger.ZERO;
      for (int j = n32 - 1; j >= 0; j--) {
        v = v.shiftLeft(32).or(BigInteger.valueOf(call("readSharedRWMemory", j) & 0xffffffffL));
      }
      return v;
    }

    void writeShared(BigInteger v, int n32) {
      for (int j = 0; j < n32; j++) {
        call("writeSharedRWMemory", j, v.shiftRight(32 * j).longValue() & 0xffffffffL);
      }
    }

    private String message(Instance inst) {
      StringBuilder sb = new StringBuilder();
      ExportFunction next = inst.export("getMessageChar");
      for (int i = 0; i < 10_000; i++) {
        int c = (int) next.apply()[0];
        if (c == 0) {
          break;
        }
        sb.append((char) c);
      }
      return sb.toString();
    }
  }

  private static String describe(int code) {
    return switch (code) {
      case 1 -> "signal not found";
      case 2 -> "too many signals set";
      case 3 -> "signal already set";
      case 4 -> "assert failed";
      case 5 -> "not enough memory";
      case 6 -> "input signal array access exceeds the size";
      default -> "witness calculator error " + code;
    };
  }
}
