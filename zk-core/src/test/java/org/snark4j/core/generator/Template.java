package org.snark4j.core.generator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template language of the curve packages, kept small on purpose: Java source with {@code {{key}}}
 * replaced by a curve's value, and whole lines kept or dropped by
 * <pre>
 * //#if flag        (or //#if !flag)
 * ...
 * //#else
 * ...
 * //#end
 * </pre>
 * where a flag is a curve property ({@link CurveConfig#flag}). Directives nest. An unknown key or flag, or
 * an unbalanced directive, is an error naming the template and line, so a typo never writes a wrong file.
 */
final class Template {
  private static final Pattern KEY = Pattern.compile("\\{\\{([A-Za-z0-9_.]+)}}");

  private Template() {}

  static String render(String name, String text, Map<String, String> values, Predicate<String> flags) {
    StringBuilder out = new StringBuilder();
    // each frame: whether the enclosing text is kept, whether this branch is kept
    Deque<boolean[]> stack = new ArrayDeque<>();
    boolean keep = true;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String t = line.strip();
      if (t.startsWith("//#if ")) {
        String flag = t.substring(6).strip();
        boolean negate = flag.startsWith("!");
        boolean value = flags.test(negate ? flag.substring(1) : flag) != negate;
        stack.push(new boolean[] {keep, value});
        keep = keep && value;
        continue;
      }
      if (t.equals("//#else")) {
        if (stack.isEmpty()) {
          throw new IllegalStateException(name + ":" + (i + 1) + ": //#else without //#if");
        }
        boolean[] f = stack.peek();
        f[1] = !f[1];
        keep = f[0] && f[1];
        continue;
      }
      if (t.equals("//#end")) {
        if (stack.isEmpty()) {
          throw new IllegalStateException(name + ":" + (i + 1) + ": //#end without //#if");
        }
        keep = stack.pop()[0];
        continue;
      }
      if (!keep) {
        continue;
      }
      Matcher m = KEY.matcher(line);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String v = values.get(m.group(1));
        if (v == null) {
          throw new IllegalStateException(name + ":" + (i + 1) + ": no value for {{" + m.group(1) + "}}");
        }
        m.appendReplacement(b, Matcher.quoteReplacement(v));
      }
      m.appendTail(b);
      out.append(b);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    if (!stack.isEmpty()) {
      throw new IllegalStateException(name + ": //#if without //#end");
    }
    return out.toString();
  }
}
