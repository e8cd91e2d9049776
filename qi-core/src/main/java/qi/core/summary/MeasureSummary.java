package qi.core.summary;

import java.util.ArrayList;
import java.util.List;
import qi.core.ChartType;
import qi.core.result.Analysis;
import qi.core.result.Assurance;
import qi.core.result.Headline;
import qi.core.result.PartResult;
import qi.core.result.PointResult;
import qi.core.result.Variation;
import qi.core.rules.Direction;

/**
 * One row of a board summary: a measure's latest point, its limits, and the two NHS "Making Data
 * Count" icons, read from the measure's {@link Analysis} (kept in {@link #analysis()} for its
 * chart). Every figure is the one {@code qi analyze} gives for that measure alone with the same
 * options.
 *
 * <p>The icons are those of NHS England, Making Data Count: Strengthening your decisions (2019),
 * and NHSRplotthedots 0.2.2 {@code ptd_get_icons}: the <em>variation</em> icon from the type of the
 * last point of the last part (special cause improving, concerning or neither, high or low; common
 * cause), the <em>assurance</em> icon from where the target lies against that part's process limits
 * (will reliably meet it, will reliably fail it, hit and miss).
 *
 * <h2>Missing values</h2>
 *
 * A limit that is undefined at the last point (a run chart has none) is NaN, as is the target when
 * none was given and {@code latestY} when the last point has no value. {@code group} and {@code
 * unit} are {@code ""} when none.
 *
 * @param measure the measure's name
 * @param group the group it is shown in; {@code ""} when none
 * @param chart its chart type
 * @param direction which way is better
 * @param points the number of points of its chart
 * @param latestX the x of the last point, as {@code qi analyze} writes {@code points[].x}
 * @param latestY the value of the last point (after {@code multiply})
 * @param cl the centre line at the last point
 * @param lcl the lower control (process) limit at the last point
 * @param ucl the upper control (process) limit at the last point
 * @param target the target; NaN when none
 * @param variation the variation icon: {@link PartResult#variation()} of the last part
 * @param assurance the assurance icon: {@link PartResult#assurance()} of the last part; null
 *     without a target or with a neutral direction
 * @param verdict the plain-language headline of the verdict ({@link Headline#text()})
 * @param unit the unit label; {@code ""} when none
 * @param notes notes on the measure: the analysis's notes, then {@link #SHORT_SERIES_NOTE} when its
 *     last part has fewer than 13 points
 * @param analysis the measure's analysis
 */
public record MeasureSummary(
    String measure,
    String group,
    ChartType chart,
    Direction direction,
    int points,
    String latestX,
    double latestY,
    double cl,
    double lcl,
    double ucl,
    double target,
    Variation variation,
    Assurance assurance,
    String verdict,
    String unit,
    List<String> notes,
    Analysis analysis) {

  /**
   * The note of a measure whose last part has fewer than 13 points (NHSRplotthedots 0.2.2 {@code
   * ptd_add_short_group_warnings}): its limits are trial limits ({@link
   * PartResult#SHORT_PART_NOTE}).
   */
  public static final String SHORT_SERIES_NOTE = PartResult.SHORT_PART_NOTE;

  public MeasureSummary {
    notes = List.copyOf(notes);
  }

  /** The row of a measure analyzed with {@code settings}. */
  public static MeasureSummary of(MeasureSettings settings, Analysis analysis) {
    List<PointResult> points = analysis.points();
    PointResult last = points.get(points.size() - 1);
    PartResult lastPart = analysis.parts().get(analysis.parts().size() - 1);
    List<String> notes = new ArrayList<>(analysis.notes());
    if (lastPart.shortPartWarning()) {
      notes.add(SHORT_SERIES_NOTE);
    }
    return new MeasureSummary(
        settings.measure(),
        settings.group(),
        settings.chart(),
        settings.direction(),
        points.size(),
        last.x(),
        last.y(),
        last.cl(),
        last.lcl(),
        last.ucl(),
        last.target(),
        lastPart.variation(),
        lastPart.assurance(),
        Headline.of(analysis).text(),
        settings.unit(),
        notes,
        analysis);
  }

  /** Whether the last part is short, so that the limits are trial limits. */
  public boolean isShortSeries() {
    return notes.contains(SHORT_SERIES_NOTE);
  }
}
