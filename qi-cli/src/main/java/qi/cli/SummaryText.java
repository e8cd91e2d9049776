package qi.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import qi.core.result.Assurance;
import qi.core.result.Variation;
import qi.core.summary.MeasureSummary;
import qi.core.summary.Summary;

/**
 * The board summary for a terminal of 100 columns: the matrix of variation × assurance with the
 * measures' names in its cells, then a table per group, then the notes. Names too long for their
 * cell are cut with {@code ~} (ASCII: any terminal shows it); numbers have four significant digits.
 */
final class SummaryText {
  private static final int LABEL = 16;
  private static final int CELL = 20;
  private static final String[] COLUMNS = {
    "Will meet target", "Hit and miss", "Will fail target", "No assurance"
  };
  private static final String[] ROWS = {
    "Improving", "Concerning", "Neither (change)", "Common cause"
  };

  /** The table's column widths; a negative width is left-aligned text, a positive a number. */
  private static final int[] TABLE = {-20, -10, 8, 8, 17, 8, -12, -10};

  private SummaryText() {}

  static List<String> lines(Summary summary) {
    List<String> lines = new ArrayList<>();
    lines.add("Variation x assurance (" + summary.measures().size() + " measures)");
    lines.add(matrixLine("", List.of(COLUMNS)));
    for (int row = 0; row < ROWS.length; row++) {
      List<List<String>> cells = new ArrayList<>();
      for (int column = 0; column < COLUMNS.length; column++) {
        cells.add(new ArrayList<>());
      }
      for (MeasureSummary m : summary.measures()) {
        if (row(m.variation()) == row) {
          cells.get(column(m.assurance())).add(m.measure());
        }
      }
      int height = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(0));
      for (int k = 0; k < height; k++) {
        List<String> line = new ArrayList<>();
        for (List<String> cell : cells) {
          line.add(k < cell.size() ? cell.get(k) : (k == 0 ? "-" : ""));
        }
        lines.add(matrixLine(k == 0 ? ROWS[row] : "", line));
      }
    }
    List<String> notes = new ArrayList<>();
    for (String group : summary.groups()) {
      lines.add("");
      lines.add(group.isEmpty() ? "Measures without a group" : "Group: " + group);
      lines.add(
          row(
              "Measure",
              "Latest",
              "Value",
              "Mean",
              "Process limits",
              "Target",
              "Variation",
              "Assurance"));
      for (MeasureSummary m : summary.measures(group)) {
        String name = m.measure() + (m.notes().isEmpty() ? "" : " *");
        lines.add(
            row(
                cut(name, 20),
                cut(m.latestX(), 10),
                number(m.latestY()),
                number(m.cl()),
                limits(m.lcl(), m.ucl()),
                number(m.target()),
                variation(m.variation()),
                assurance(m.assurance())));
        m.notes().forEach(note -> notes.add("* " + m.measure() + ": " + note));
      }
    }
    if (!notes.isEmpty()) {
      lines.add("");
      lines.addAll(notes);
    }
    return lines;
  }

  private static String matrixLine(String label, List<String> cells) {
    StringBuilder b = new StringBuilder(pad(label, LABEL));
    for (String cell : cells) {
      b.append(' ').append(pad(cut(cell, CELL), CELL));
    }
    return b.toString().stripTrailing();
  }

  /** The matrix row of a variation: improving, concerning, neither, common cause. */
  private static int row(Variation v) {
    return switch (v) {
      case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> 0;
      case CONCERN_HIGH, CONCERN_LOW -> 1;
      case NEUTRAL_HIGH, NEUTRAL_LOW -> 2;
      case COMMON_CAUSE -> 3;
    };
  }

  /** The matrix column of an assurance; no assurance (no target, neutral) is the last. */
  private static int column(Assurance a) {
    if (a == null) {
      return 3;
    }
    return switch (a) {
      case PASS -> 0;
      case INCONSISTENT -> 1;
      case FAIL -> 2;
    };
  }

  private static String variation(Variation v) {
    return switch (v) {
      case IMPROVEMENT_HIGH -> "improve high";
      case IMPROVEMENT_LOW -> "improve low";
      case CONCERN_HIGH -> "concern high";
      case CONCERN_LOW -> "concern low";
      case NEUTRAL_HIGH -> "change high";
      case NEUTRAL_LOW -> "change low";
      case COMMON_CAUSE -> "common cause";
    };
  }

  private static String assurance(Assurance a) {
    if (a == null) {
      return "-";
    }
    return switch (a) {
      case PASS -> "pass";
      case INCONSISTENT -> "hit & miss";
      case FAIL -> "fail";
    };
  }

  private static String limits(double lcl, double ucl) {
    if (Double.isNaN(lcl) && Double.isNaN(ucl)) {
      return "";
    }
    return number(lcl) + " to " + number(ucl);
  }

  private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

  /** One table row, each cell padded to its {@link #TABLE} width. */
  private static String row(String... cells) {
    StringBuilder b = new StringBuilder(100);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(' ');
      }
      int width = TABLE[i];
      String cell = cells[i];
      int length = cell.codePointCount(0, cell.length());
      int padding = Math.max(0, Math.abs(width) - length);
      if (width > 0) {
        b.append(" ".repeat(padding)).append(cell);
      } else {
        b.append(cell).append(" ".repeat(padding));
      }
    }
    return b.toString().stripTrailing();
  }

  /** Four significant digits without trailing zeros, never in E notation; empty when undefined. */
  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
  }

  private static String cut(String text, int width) {
    return text.codePointCount(0, text.length()) <= width
        ? text
        : text.substring(0, text.offsetByCodePoints(0, width - 1)) + "~";
  }

  private static String pad(String text, int width) {
    int length = text.codePointCount(0, text.length());
    return length >= width ? text : text + " ".repeat(width - length);
  }
}
