package org.snark4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and command group answers --help with its usage and exit code 0. */
class HelpTest {
  static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
    out.add(path);
    for (var e : cl.getSubcommands().entrySet()) {
      List<String> p = new ArrayList<>(path);
      p.add(e.getKey());
      collect(e.getValue(), p, out);
    }
  }

  @Test
  void everyCommandHasHelp() {
    List<List<String>> paths = new ArrayList<>();
    collect(new CommandLine(new Main()), List.of(), paths);
    assertTrue(paths.size() > 25, "commands found: " + paths.size());
    PrintStream saved = System.out;
    try {
      for (List<String> p : paths) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        List<String> args = new ArrayList<>(p);
        args.add("--help");
        int code = Main.run(args.toArray(String[]::new));
        System.setOut(saved);
        assertEquals(0, code, "snark4j " + String.join(" ", args));
        assertTrue(buf.toString().startsWith("Usage: snark4j"), String.join(" ", args) + ": " + buf);
      }
    } finally {
      System.setOut(saved);
    }
  }
}
