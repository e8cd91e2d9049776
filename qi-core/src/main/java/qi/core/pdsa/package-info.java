/**
 * PDSA (Plan-Do-Study-Act) cycles linked to the data: the Model for Improvement as immutable
 * values, a safe local store, and "did this change make a difference?".
 *
 * <ul>
 *   <li>{@link qi.core.pdsa.Project}: aim, {@link qi.core.pdsa.Measure measures}, {@link
 *       qi.core.pdsa.DriverDiagram driver diagram}, {@link qi.core.pdsa.Ramp ramps} and {@link
 *       qi.core.pdsa.PdsaCycle cycles}.
 *   <li>{@link qi.core.pdsa.ProjectStore}: one pretty-printed JSON file per project, written
 *       atomically, updated under a file lock ({@link qi.core.pdsa.ProjectJson} is the format).
 *   <li>{@link qi.core.pdsa.CycleStudy}: analyzes a cycle's measure with the cycle's start as a
 *       phase break or freeze point and reports a {@link qi.core.pdsa.ChangeAnalysis}.
 *   <li>{@link qi.core.pdsa.ProjectReview}: the whole project at once, each measure analyzed and
 *       each cycle's study result beside it (what {@code qi pdsa report} draws).
 *   <li>{@link qi.core.pdsa.Annotation}: cycle starts as (date, label) pairs for charts.
 * </ul>
 */
package qi.core.pdsa;
