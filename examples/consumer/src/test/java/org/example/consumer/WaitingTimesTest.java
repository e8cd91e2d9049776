package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qi.core.result.Analysis;

class WaitingTimesTest {
  @Test
  void installedQiCoreReadsASemicolonCsvAndAnalysesIt() {
    Analysis analysis = WaitingTimes.analyze("week;min\n06/01/2025;24,2\n13/01/2025;23,8\n");

    assertEquals(2, analysis.points().size());
    assertEquals(24.0, analysis.parts().get(0).cl(), 1e-12); // (24.2 + 23.8) / 2
    assertTrue(analysis.points().get(0).x().equals("2025-01-06"));
  }
}
