/**
 * Rendering of qi analyses (run and control charts as PNG, SVG, PDF and HTML). This module draws an
 * {@code Analysis} from qi-core and computes nothing itself.
 */
package qi.charts;
