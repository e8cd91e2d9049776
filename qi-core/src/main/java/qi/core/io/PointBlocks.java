package qi.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import qi.core.result.Facet;
import qi.core.result.PointTable;

/**
 * The points of a document's facets in blocks of consecutive points, formatted on every core and
 * written in order: formatting a million points (their digits, texts and field names) costs several
 * times the analysis, and each block's bytes depend on its points alone. A writer hands over how to
 * format a block into a slot of its own (the bytes and whatever it reuses, such as {@link Digits})
 * and how to write a formatted slot; {@link #write} runs the first on worker threads, a few blocks
 * ahead, and the second on the calling thread, block after block. The output is byte for byte that
 * of formatting the blocks one after the other, which is what a short document does.
 */
final class PointBlocks {
  /** Points per block: about a megabyte of JSON, enough to keep the hand-over rare. */
  static final int POINTS = 4096;

  /** Documents of fewer blocks are formatted on the calling thread: threads would cost more. */
  private static final int PARALLEL_FROM = 4;

  /** A run of consecutive points, which may span facets: {@code [from, to)} of each facet. */
  record Block(List<Part> parts) {}

  /** The points {@code [from, to)} of one facet. */
  record Part(Facet facet, PointTable points, int from, int to) {}

  private PointBlocks() {}

  /**
   * Formats the points of {@code facets} block by block with {@code format} into slots made by
   * {@code slot}, and hands each formatted slot to {@code write} in the order of the points.
   */
  static <S> void write(
      List<Facet> facets, Supplier<S> slot, BiConsumer<S, Block> format, Consumer<S> write) {
    write(facets, slot, format, write, Runtime.getRuntime().availableProcessors());
  }

  /** As above, on {@code cores} worker threads (tests compare 1 with several). */
  static <S> void write(
      List<Facet> facets,
      Supplier<S> slot,
      BiConsumer<S, Block> format,
      Consumer<S> write,
      int cores) {
    List<Block> blocks = blocks(facets);
    if (cores < 2 || blocks.size() < PARALLEL_FROM) {
      S only = slot.get();
      for (Block block : blocks) {
        format.accept(only, block);
        write.accept(only);
      }
      return;
    }
    // Each slot is formatted by one worker and then written by this thread before the block that
    // reuses it is handed out: a slot is never in two hands.
    int ahead = 2 * cores;
    List<S> slots = new ArrayList<>(ahead);
    for (int k = 0; k < ahead; k++) {
      slots.add(slot.get());
    }
    ExecutorService workers =
        Executors.newFixedThreadPool(
            cores,
            task -> {
              Thread thread = new Thread(task, "qi-format");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> pending = new ArrayList<>(blocks.size());
      for (int k = 0; k < blocks.size(); k++) {
        if (k < ahead) {
          pending.add(submit(workers, slots.get(k), blocks.get(k), format));
        }
      }
      for (int k = 0; k < blocks.size(); k++) {
        await(pending.get(k));
        S formatted = slots.get(k % ahead);
        write.accept(formatted);
        if (k + ahead < blocks.size()) {
          pending.add(submit(workers, formatted, blocks.get(k + ahead), format));
        }
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private static <S> Future<?> submit(
      ExecutorService workers, S slot, Block block, BiConsumer<S, Block> format) {
    return workers.submit(() -> format.accept(slot, block));
  }

  /** Waits for a block; an error of its formatting is thrown here, as if formatted here. */
  private static void await(Future<?> formatted) {
    try {
      formatted.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The points of the facets in order, cut every {@link #POINTS} points. */
  static List<Block> blocks(List<Facet> facets) {
    List<Block> blocks = new ArrayList<>();
    List<Part> parts = new ArrayList<>();
    int size = 0;
    for (Facet facet : facets) {
      PointTable points = facet.analysis().table();
      int from = 0;
      while (from < points.size()) {
        int to = Math.min(points.size(), from + POINTS - size);
        parts.add(new Part(facet, points, from, to));
        size += to - from;
        from = to;
        if (size == POINTS) {
          blocks.add(new Block(List.copyOf(parts)));
          parts.clear();
          size = 0;
        }
      }
    }
    if (!parts.isEmpty()) {
      blocks.add(new Block(List.copyOf(parts)));
    }
    return blocks;
  }
}
