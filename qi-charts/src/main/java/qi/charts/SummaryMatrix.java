package qi.charts;

import java.util.ArrayList;
import java.util.List;
import qi.core.result.Assurance;
import qi.core.result.Variation;
import qi.core.summary.MeasureSummary;

/**
 * The "Making Data Count" summary matrix of a board page: variation (columns) against assurance
 * (rows), each measure's name in the cell of its two icons, linked to its row. A board sees in one
 * glance where to look: special cause concerning, and targets that will reliably fail.
 */
final class SummaryMatrix {
  /** A column: the variation icons it holds, its heading and its colour class. */
  enum Column {
    IMPROVING("Special cause improving", "improvement"),
    COMMON("Common cause", "common"),
    CONCERNING("Special cause concerning", "concern"),
    NEITHER("Special cause, no direction", "neutral");

    final String heading;
    final String look;

    Column(String heading, String look) {
      this.heading = heading;
      this.look = look;
    }

    static Column of(Variation v) {
      return switch (v) {
        case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> IMPROVING;
        case COMMON_CAUSE -> COMMON;
        case CONCERN_HIGH, CONCERN_LOW -> CONCERNING;
        case NEUTRAL_HIGH, NEUTRAL_LOW -> NEITHER;
      };
    }
  }

  /** A row: the assurance it holds, its heading and its colour class. */
  enum Row {
    MEETS("Will reliably meet the target", "improvement"),
    HIT_AND_MISS("Hit and miss", "common"),
    FAILS("Will reliably fail the target", "concern"),
    NO_ASSURANCE("No target, or no direction to judge it by", "none");

    final String heading;
    final String look;

    Row(String heading, String look) {
      this.heading = heading;
      this.look = look;
    }

    static Row of(Assurance a) {
      if (a == null) {
        return NO_ASSURANCE;
      }
      return switch (a) {
        case PASS -> MEETS;
        case INCONSISTENT -> HIT_AND_MISS;
        case FAIL -> FAILS;
      };
    }
  }

  /** The most names a cell lists one under the other; more flow along its lines. */
  static final int LIST_LIMIT = 6;

  private SummaryMatrix() {}

  /**
   * The matrix as an HTML table; measure {@code i} links to {@code #rowId(i)}. A cell without a
   * measure holds a dash.
   */
  static void html(StringBuilder h, List<MeasureSummary> measures) {
    int columns = Column.values().length;
    List<List<List<Integer>>> cells = new ArrayList<>();
    int[] perColumn = new int[columns];
    for (Row row : Row.values()) {
      List<List<Integer>> cellsOfRow = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        cellsOfRow.add(new ArrayList<>());
      }
      cells.add(cellsOfRow);
    }
    for (int i = 0; i < measures.size(); i++) {
      MeasureSummary m = measures.get(i);
      Column column = Column.of(m.variation());
      cells.get(Row.of(m.assurance()).ordinal()).get(column.ordinal()).add(i);
      perColumn[column.ordinal()]++;
    }
    h.append("<table class=\"matrix\">\n<caption>Variation (columns) against assurance (rows):")
        .append(" each measure in the cell of its two icons</caption>\n")
        // Common cause gets the widest column: most measures of a board are there.
        .append("<colgroup><col style=\"width:16%\"><col style=\"width:19%\">")
        .append("<col style=\"width:30%\"><col style=\"width:19%\"><col style=\"width:16%\">")
        .append("</colgroup>\n<thead><tr>")
        .append("<td></td>");
    for (Column c : Column.values()) {
      h.append("<th scope=\"col\" class=\"")
          .append(c.look)
          .append("\">")
          .append(c.heading)
          .append(" <span class=\"count\">(")
          .append(perColumn[c.ordinal()])
          .append(")</span></th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Row row : Row.values()) {
      h.append("<tr><th scope=\"row\" class=\"")
          .append(row.look)
          .append("\">")
          .append(row.heading)
          .append("</th>");
      for (Column c : Column.values()) {
        List<Integer> cell = cells.get(row.ordinal()).get(c.ordinal());
        if (cell.isEmpty()) {
          h.append("<td class=\"empty\">–</td>");
          continue;
        }
        // A long list flows along the lines of its cell, so the matrix stays one screen high.
        h.append(cell.size() > LIST_LIMIT ? "<td class=\"many\"><ul>" : "<td><ul>");
        for (int i : cell) {
          h.append("<li><a href=\"#")
              .append(SummaryPage.rowId(i))
              .append("\">")
              .append(Markup.escape(measures.get(i).measure()))
              .append("</a></li>");
        }
        h.append("</ul></td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }
}
