package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Facet;
import qi.core.series.Series;

/**
 * Blocks of points are cut across facets without losing or repeating a point, and formatted on
 * several threads they are written in the order of the points, as on one.
 */
class PointBlocksTest {
  private static Facet facet(String name, int size) {
    double[] values = IntStream.range(0, size).mapToDouble(i -> i % 7).toArray();
    return new Facet(name, ControlChart.of(ChartType.RUN, Series.ofValues(values)).analyze());
  }

  // facets of 3, 10,000, 5,000 and 7 points: 15,010 points, 4 blocks (3 of 4,096, 1 of 2,722)
  private static final List<Facet> FACETS =
      List.of(facet("a", 3), facet("b", 10_000), facet("d", 5_000), facet("e", 7));

  /** A slot that formats a block as the facet and 1-based index of each of its points. */
  private static final class Listing {
    final List<String> points = new ArrayList<>();

    void format(PointBlocks.Block block) {
      points.clear();
      for (PointBlocks.Part part : block.parts()) {
        for (int i = part.from(); i < part.to(); i++) {
          points.add(part.facet().name() + (i + 1));
        }
      }
    }
  }

  private static List<String> written(int cores) {
    List<String> written = new ArrayList<>();
    PointBlocks.write(FACETS, Listing::new, Listing::format, s -> written.addAll(s.points), cores);
    return written;
  }

  @Test
  void blocksHoldEveryPointOnceInOrderAndSpanFacets() {
    List<PointBlocks.Block> blocks = PointBlocks.blocks(FACETS);

    // 15,010 = 3 × 4,096 + 2,722
    assertThat(blocks)
        .map(b -> b.parts().stream().mapToInt(p -> p.to() - p.from()).sum())
        .containsExactly(4_096, 4_096, 4_096, 2_722);
    // the first block: facet a's 3 points, then b's first 4,093
    assertThat(blocks.get(0).parts())
        .extracting(p -> p.facet().name() + ":" + p.from() + "-" + p.to())
        .containsExactly("a:0-3", "b:0-4093");
  }

  @Test
  void severalThreadsWriteWhatOneWrites() {
    List<String> one = written(1);

    assertThat(one).hasSize(15_010).startsWith("a1", "a2", "a3", "b1").endsWith("e7");
    assertThat(written(4)).isEqualTo(one);
  }

  @Test
  void anErrorWhileFormattingIsThrownToTheWriterAfterTheBlocksBeforeIt() {
    List<Integer> written = new ArrayList<>();

    assertThatThrownBy(
            () ->
                PointBlocks.write(
                    FACETS,
                    Listing::new,
                    (slot, block) -> {
                      if (block.parts().get(0).from() == 8_189) { // the third block starts in b
                        throw new IllegalStateException("third block");
                      }
                      slot.format(block);
                    },
                    slot -> written.add(slot.points.size()),
                    4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("third block");
    assertThat(written).containsExactly(4_096, 4_096);
  }
}
