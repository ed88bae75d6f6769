package org.snark4j.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs tasks 0..n-1 on the calling thread and on helpers submitted to an executor, handing out indices from
 * a shared counter so uneven tasks balance. The caller always takes part, so a one-thread executor (the
 * common pool on a 2-core machine) still gives two workers.
 */
public final class Parallel {
  private Parallel() {}

  /** Threads worth using: the cores of this machine. */
  public static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  public static void forEach(Executor executor, int n, IntConsumer task) {
    if (n <= 0) {
      return;
    }
    int helpers = Math.min(n - 1, helperCount(executor));
    if (helpers <= 0) {
      for (int i = 0; i < n; i++) {
        task.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        task.accept(i);
      }
    };
    CompletableFuture<?>[] futures = new CompletableFuture<?>[helpers];
    for (int h = 0; h < helpers; h++) {
      futures[h] = CompletableFuture.runAsync(worker, executor);
    }
    RuntimeException first = null;
    try {
      worker.run();
    } catch (RuntimeException | Error e) {
      next.set(n); // stop the helpers early
      throw e;
    } finally {
      for (CompletableFuture<?> f : futures) {
        try {
          f.join();
        } catch (CompletionException e) {
          if (first == null) {
            first = e.getCause() instanceof RuntimeException re ? re : e;
          }
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static int helperCount(Executor executor) {
    if (executor instanceof ForkJoinPool pool) {
      return Math.max(1, Math.min(pool.getParallelism(), threads() - 1));
    }
    return threads() - 1;
  }
}
