package qi.charts;

/**
 * Ids of SVG fragments made unique within an HTML page: VectorGraphics2D names its clip paths by
 * the hash of their shape, so two charts inlined in one page can carry the same id, and a reference
 * resolves to the first element of the page with that id.
 */
final class SvgIds {
  private SvgIds() {}

  /** {@code svg} with every {@code id="…"} and {@code url(#…)} prefixed by {@code prefix}. */
  static String scope(String svg, String prefix) {
    return svg.replace(" id=\"", " id=\"" + prefix).replace("url(#", "url(#" + prefix);
  }
}
