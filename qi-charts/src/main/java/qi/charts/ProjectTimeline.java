package qi.charts;

import java.awt.Font;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import qi.core.pdsa.PdsaCycle;
import qi.core.pdsa.Project;
import qi.core.pdsa.Ramp;

/**
 * The timeline of a project's ramps and cycles as inline SVG: a row per ramp (and one for the
 * cycles in none), a bar per cycle from its start to its end coloured and worded by its decision,
 * month ticks along the top and the aim's date as a dashed line. Texts are SVG text elements,
 * escaped.
 */
final class ProjectTimeline {
  private static final int WIDTH = 1000;
  private static final int LABELS = 190;
  private static final int RIGHT = 24;
  private static final int TOP = 34;
  private static final int ROW = 56;
  private static final int LEGEND = 40;
  private static final Font SMALL = new Font(Text.FONT, Font.PLAIN, 12);

  /** Fill and word of each decision; {@code open}: not decided yet. */
  private static final Map<String, String> COLOURS =
      Map.of("adopt", "#2e7d32", "adapt", "#b7791f", "abandon", "#b3261e", "open", "#8a8a8a");

  private ProjectTimeline() {}

  static String svg(Project project) {
    Map<String, List<PdsaCycle>> rows = new LinkedHashMap<>();
    for (Ramp ramp : project.ramps()) {
      rows.put("Ramp: " + ramp.name(), project.cyclesOfRamp(ramp.name()));
    }
    List<PdsaCycle> loose = project.cycles().stream().filter(c -> c.ramp() == null).toList();
    if (!loose.isEmpty()) {
      rows.put("Cycles in no ramp", loose);
    }
    rows.values().removeIf(List::isEmpty);
    LocalDate first =
        project.cycles().stream().map(PdsaCycle::start).min(LocalDate::compareTo).get();
    LocalDate last = first;
    for (PdsaCycle c : project.cycles()) {
      LocalDate end = c.end() == null ? c.start() : c.end();
      last = end.isAfter(last) ? end : last;
    }
    LocalDate byWhen = project.aim().byWhen();
    if (byWhen != null && byWhen.isAfter(last)) {
      last = byWhen;
    }
    // whole months, so the ticks sit at the ends
    LocalDate from = first.withDayOfMonth(1);
    LocalDate to = last.withDayOfMonth(1).plusMonths(1);
    double days = ChronoUnit.DAYS.between(from, to);
    double span = WIDTH - LABELS - RIGHT;
    int height = TOP + rows.size() * ROW + LEGEND;
    StringBuilder s = new StringBuilder(16 * 1024);
    s.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                    + " class=\"qi-timeline\">\n",
                WIDTH,
                height))
        .append("<title>Timeline of ramps and PDSA cycles</title>\n")
        .append("<style>text{font-family:")
        .append(Text.CSS_FONTS)
        .append(";font-size:12px;fill:#1a1a1a}.tick{fill:#555}</style>\n");
    // month ticks: every month, or every 3rd or 12th when months are narrow
    long months = ChronoUnit.MONTHS.between(from, to);
    int step = span / months >= 60 ? 1 : span / months >= 20 ? 3 : 12;
    DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      double x = LABELS + span * ChronoUnit.DAYS.between(from, m) / days;
      s.append(line(x, TOP - 6, x, TOP + rows.size() * ROW, "#e3e3e3", ""));
      long index = ChronoUnit.MONTHS.between(from, m);
      if (index % step == 0 && m.isBefore(to)) {
        s.append(text(x + 3, TOP - 12, m.format(label), "tick", "start"));
      }
    }
    int row = 0;
    for (Map.Entry<String, List<PdsaCycle>> entry : rows.entrySet()) {
      double y = TOP + row * ROW + ROW / 2.0;
      if (row % 2 == 0) {
        s.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f7f7f7\"/>\n",
                TOP + row * ROW,
                WIDTH,
                ROW));
      }
      s.append(text(6, y + 4, Text.fit(entry.getKey(), SMALL, LABELS - 12), "", "start"));
      List<PdsaCycle> cycles = entry.getValue();
      for (int i = 0; i < cycles.size(); i++) {
        PdsaCycle c = cycles.get(i);
        double x0 = LABELS + span * ChronoUnit.DAYS.between(from, c.start()) / days;
        double x1 =
            c.end() == null
                ? x0
                : LABELS + span * (ChronoUnit.DAYS.between(from, c.end()) + 1) / days;
        String colour = COLOURS.get(ProjectReport.decisionClass(c));
        if (c.end() == null) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"/>\n",
                  x0,
                  y,
                  colour));
        } else {
          s.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" rx=\"2\""
                      + " fill=\"%s\"><title>%s</title></rect>\n",
                  x0,
                  y - 6,
                  Math.max(3, x1 - x0),
                  colour,
                  Markup.escape(c.label() + ", " + c.start() + " to " + c.end())));
        }
        // the cycle's number above, its status below: in full where the next cycle leaves room
        double room =
            i + 1 < cycles.size()
                ? LABELS
                    + span * ChronoUnit.DAYS.between(from, cycles.get(i + 1).start()) / days
                    - x0
                    - 4
                : WIDTH - x0;
        String name = "PDSA " + c.number();
        s.append(
            text(
                x0, y - 10, Text.width(name, SMALL) <= room ? name : "" + c.number(), "", "start"));
        if (Text.width(c.status(), SMALL) <= room) {
          s.append(text(x0, y + 20, c.status(), "tick", "start"));
        }
      }
      row++;
    }
    if (byWhen != null) {
      double x = LABELS + span * ChronoUnit.DAYS.between(from, byWhen) / days;
      s.append(line(x, TOP - 6, x, TOP + rows.size() * ROW, "#1f4e79", "6 4"));
      s.append(
          text(
              Math.min(x - 4, WIDTH - 4),
              TOP + rows.size() * ROW + 14,
              "Aim by " + byWhen,
              "",
              "end"));
    }
    double x = LABELS;
    double ly = TOP + rows.size() * ROW + 32;
    for (String decision : List.of("adopt", "adapt", "abandon", "open")) {
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"10\" fill=\"%s\"/>\n",
              x,
              ly - 9,
              COLOURS.get(decision)));
      String word = decision.equals("open") ? "not decided yet" : decision;
      s.append(text(x + 18, ly, word, "", "start"));
      x += 18 + Text.width(word, SMALL) + 22;
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static String text(double x, double y, String text, String cls, String anchor) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\"%s text-anchor=\"%s\">%s</text>\n",
        x,
        y,
        cls.isEmpty() ? "" : " class=\"" + cls + "\"",
        anchor,
        Markup.escape(text));
  }

  private static String line(
      double x0, double y0, double x1, double y1, String colour, String dashes) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>\n",
        x0,
        y0,
        x1,
        y1,
        colour,
        dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"");
  }
}
