/**
 * The board summary across many measures, as NHS England's "Making Data Count" asks for it (NHS
 * England and NHS Improvement, <i>Making Data Count: Strengthening your decisions</i>, 2019;
 * <i>Making Data Count: Getting started</i>, 2019): per measure the latest value, the process
 * limits, the variation icon and the assurance icon, and the matrix of variation × assurance.
 *
 * <p>{@link qi.core.summary.Summary#of} analyzes each measure of long-format rows (one {@link
 * qi.core.series.Observation} per measure and period, labelled with the measure's name) through
 * {@link qi.core.ControlChart} with its {@link qi.core.summary.MeasureSettings}, so that every row
 * ({@link qi.core.summary.MeasureSummary}) holds what {@code qi analyze} gives for that measure
 * alone. The package sits above {@code qi.core} and uses it; nothing below uses this package.
 * {@code SummaryJson} and {@code SummaryCsv} ({@code qi.core.io}) write the rows, and qi-charts'
 * {@code SummaryPage} draws the board page.
 */
package qi.core.summary;
