package qi.charts;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files qi-charts writes, each known by its file extension. */
public enum OutputFormat {
  /** A raster image, {@code .png}. */
  PNG("png"),
  /** A vector image, {@code .svg}, with a tooltip per point when opened in a browser. */
  SVG("svg"),
  /** A one-page vector document, {@code .pdf}. */
  PDF("pdf"),
  /** A self-contained report, {@code .html}: the chart, the verdict and the summary per part. */
  HTML("html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format of a file name by its extension ({@code .htm} counts as HTML), case-insensitive. */
  public static Optional<OutputFormat> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString().toLowerCase(Locale.ROOT);
    int dot = s.lastIndexOf('.');
    String ext = dot < 0 ? "" : s.substring(dot + 1);
    if (ext.equals("htm")) {
      return Optional.of(HTML);
    }
    for (OutputFormat f : values()) {
      if (f.extension.equals(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
