package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Facet;
import qi.core.series.Series;

/** The grid: one panel per facet, laid out in rows, with a shared or free y scale. */
@Timeout(60) // a hang in XChart's tick search fails the test instead of the build
class SmallMultiplesTest {
  private static final List<Facet> PANELS =
      List.of(
          new Facet(
              "Ward A", ControlChart.of(ChartType.I, Series.ofValues(1, 2, 3, 2, 1)).analyze()),
          new Facet(
              "Ward B",
              ControlChart.of(ChartType.I, Series.ofValues(50, 52, 51, 53, 50)).analyze()),
          new Facet(
              "Ward C", ControlChart.of(ChartType.I, Series.ofValues(9, 8, 9, 7, 9)).analyze()));

  @Test
  void panelsFillRowsOfTheGivenColumns() {
    Figure f =
        SmallMultiples.of(PANELS)
            .columns(2)
            .style(ChartStyle.withDefaults().size(800, 600))
            .figure();

    assertThat(f.panels()).extracting(Figure.Cell::x).containsExactly(0, 400, 0);
    assertThat(f.panels().get(2).y()).isGreaterThan(f.panels().get(0).y());
    assertThat(f.panels())
        .extracting(c -> c.chart().getTitle())
        .containsExactly("Ward A", "Ward B", "Ward C");
  }

  @Test
  void sharedScaleGivesEveryPanelTheSameYRangeAndFreeScaleItsOwn() {
    Figure shared = SmallMultiples.of(PANELS).figure();
    Figure free = SmallMultiples.of(PANELS).sharedY(false).figure();

    assertThat(shared.panels())
        .extracting(c -> c.chart().getStyler().getYAxisMax())
        .containsOnly(shared.panels().get(0).chart().getStyler().getYAxisMax());
    assertThat(free.panels())
        .extracting(c -> c.chart().getStyler().getYAxisMax())
        .doesNotHaveDuplicates();
  }

  @Test
  void gridPngHasTheRequestedSize() throws Exception {
    byte[] png =
        SmallMultiples.of(PANELS)
            .style(ChartStyle.withDefaults().size(900, 500))
            .render(OutputFormat.PNG);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(500);
  }

  @Test
  void emptyGridAndZeroColumnsAreRejectedNamingTheValue() {
    assertThatThrownBy(() -> SmallMultiples.of(List.of()))
        .hasMessageContaining("facets (0) must number between 1 and 100");
    assertThatThrownBy(() -> SmallMultiples.of(PANELS).columns(0))
        .hasMessageContaining("columns (0) must be >= 1");
  }
}
