/**
 * qi-core: run charts and Shewhart control charts that agree with qicharts2 0.8.1, as an immutable
 * pipeline of layers, each using only those below it: {@code qi.core} (ControlChart, ChartType and
 * the engine) over {@code runs} (the runs analysis), {@code result}, {@code rules}, {@code limits},
 * {@code parts}, {@code shift} (CUSUM, EWMA) and {@code series}; above {@code qi.core} in turn
 * {@code summary} (the board summary of many measures), {@code io} (readers and writers) and {@code
 * pdsa} (projects, which read their measures' data); {@code funnel} beside; the leaf maths and
 * checks ({@code internal}) at the bottom.
 */
module qi.core {
  requires commons.math3;
  requires de.siegmar.fastcsv; // reading (CsvInput) and writing summaries (SummaryCsv)
  requires static org.apache.poi.poi; // optional: Excel input (ExcelWorkbook)
  requires static org.apache.poi.ooxml; // .xlsx (XSSF), found by POI's WorkbookFactory
  requires tools.jackson.core;
  requires tools.jackson.databind;

  // What a user calls and reads. The per-chart limit classes (limits), the part masks (parts), the
  // runs analysis (runs) and the leaf maths (internal) are implementation: unexported, so qi-charts
  // and qi-cli cannot reach them, and their formulas are in the Javadoc of the ChartType constants.
  exports qi.core;
  exports qi.core.io;
  exports qi.core.series;
  exports qi.core.rules;
  exports qi.core.result;
  exports qi.core.pdsa;
  exports qi.core.summary;

  opens qi.core.pdsa to
      tools.jackson.databind; // maps the project file records (ProjectFile)

  exports qi.core.funnel;
}
