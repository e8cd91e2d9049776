// A U chart of falls per 1,000 bed days, then the points that matter as a small table.
// From the repository root, after mvn -q -B package -DskipTests:
//   jshell --class-path qi-cli/target/qi.jar examples/jshell/falls-per-1000-bed-days.jsh
import java.nio.file.Path;
import qi.core.*;
import qi.core.io.*;
import qi.core.result.*;
import qi.core.series.*;

var rows = Input.read(Path.of("examples/data/falls.csv"), Columns.of("month", "falls").withN("bed_days"));
var analysis = ControlChart.of(ChartType.U, Series.ofRatios(rows)).multiply(1000).analyze();
Verdict.lines(analysis).forEach(System.out::println);
for (PointResult p : analysis.points()) {
  System.out.printf("%s  %6.2f  limits %5.2f to %5.2f%s%n", p.x(), p.y(), p.lcl(), p.ucl(), p.sigmaSignal() ? "  <- outside" : "");
}
/exit
