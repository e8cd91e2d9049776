/**
 * qi-core: run charts and Shewhart control charts that agree with qicharts2 0.8.1, as an immutable
 * pipeline: {@code io} → {@code series} → {@code phases} → {@code limits} → {@code rules} → {@code
 * result}, and PDSA cycles linked to the data ({@code pdsa}).
 */
module qi.core {
  requires commons.math3;
  requires de.siegmar.fastcsv; // reading (CsvInput) and writing (AnalysisCsv)
  requires static org.apache.poi.poi; // optional: Excel input (ExcelWorkbook)
  requires static org.apache.poi.ooxml; // .xlsx (XSSF), found by POI's WorkbookFactory
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports qi.core;
  exports qi.core.io;
  exports qi.core.series;
  exports qi.core.parts;
  exports qi.core.limits;
  exports qi.core.rules;
  exports qi.core.result;
  exports qi.core.pdsa;
// qi.core.internal is not exported: qi-charts and qi-cli cannot reach it.
}
