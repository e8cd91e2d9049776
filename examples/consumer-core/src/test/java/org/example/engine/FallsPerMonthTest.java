package org.example.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.core.io.ExcelInput;
import qi.core.io.InputException;
import qi.core.result.Analysis;

class FallsPerMonthTest {
  @TempDir Path dir;

  @Test
  void engineAloneReadsACsvAndAnalyzesIt() throws IOException {
    Path csv = dir.resolve("falls.csv");
    Files.writeString(csv, "month,falls,bed_days\n2024-01-01,3,1000\n2024-02-01,5,1000\n");

    Analysis analysis = FallsPerMonth.analyze(csv);

    assertEquals(2, analysis.points().size());
    assertEquals(0.004, analysis.parts().get(0).cl(), 1e-15); // (3 + 5) / (1000 + 1000)
  }

  @Test
  void excelWithoutPoiSaysWhichDependencyToAdd() throws IOException {
    // This project depends on qi-core alone, whose Apache POI dependency is optional.
    Path xlsx = dir.resolve("falls.xlsx");
    Files.write(xlsx, new byte[] {'P', 'K', 3, 4});

    InputException e = assertThrows(InputException.class, () -> FallsPerMonth.analyze(xlsx));

    assertFalse(ExcelInput.isAvailable());
    assertTrue(e.getMessage().startsWith(xlsx + ": reading an Excel workbook needs Apache POI"));
    assertTrue(e.getMessage().contains("org.apache.poi:poi-ooxml:"), e.getMessage());
  }
}
