/**
 * qi-charts: draws a qi-core {@code Analysis} as a run or control chart (PNG, SVG, PDF) or as a
 * self-contained HTML report. It computes no statistics: everything drawn comes from the analysis.
 */
module qi.charts {
  requires transitive qi.core;
  requires transitive java.desktop;
  requires org.knowm.xchart;
  requires VectorGraphics2D; // automatic module, named after its jar

  exports qi.charts;
}
