package org.snark4j.circuits;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snark4j.core.bn254.Fr;

/**
 * Values for a circuit's inputs by name; an array field {@code path} of length n is named {@code path[0]}
 * .. {@code path[n-1]}. Immutable; made with {@link #builder()}.
 */
public final class Assignment {
  private final Map<String, Fr> values;

  private Assignment(Map<String, Fr> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The value of an input, or null. */
  public Fr get(String name) {
    return values.get(name);
  }

  public Map<String, Fr> values() {
    return values;
  }

  /** Builds an {@link Assignment}; a name may be set once. */
  public static final class Builder {
    private final Map<String, Fr> values = new LinkedHashMap<>();

    private Builder() {}

    public Builder set(String name, Fr value) {
      if (values.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("input \"" + name + "\" is assigned twice");
      }
      return this;
    }

    /**
     * Sets an input to v, which must be in [0, r).
     *
     * @throws IllegalArgumentException otherwise, naming the input
     */
    public Builder set(String name, BigInteger value) {
      try {
        return set(name, Fr.of(value));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("input \"" + name + "\": " + e.getMessage(), e);
      }
    }

    /** Sets an input to v (negative values are taken mod r). */
    public Builder set(String name, long value) {
      return set(name, Fr.reduce(BigInteger.valueOf(value)));
    }

    /** Sets name[0] .. name[n-1]. */
    public Builder set(String name, Fr... array) {
      for (int i = 0; i < array.length; i++) {
        set(name + "[" + i + "]", array[i]);
      }
      return this;
    }

    /** Sets name[0] .. name[n-1] (negative values are taken mod r). */
    public Builder set(String name, long... array) {
      for (int i = 0; i < array.length; i++) {
        set(name + "[" + i + "]", array[i]);
      }
      return this;
    }

    public Assignment build() {
      return new Assignment(values);
    }
  }
}
