package org.snark4j.core.testing;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips jqwik properties, saying why, when the JVM runs without the Vector API module. */
public final class RequiresVectorModule implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
        ? SkipResult.doNotSkip()
        : SkipResult.skip("the JVM runs without --add-modules jdk.incubator.vector");
  }
}
