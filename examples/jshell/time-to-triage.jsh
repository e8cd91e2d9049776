// An I chart of weekly time to triage, read from CSV, with the verdict in plain words, drawn as a
// PNG (target/time-to-triage.png).
// From the repository root, after mvn -q -B package -DskipTests:
//   jshell --class-path qi-cli/target/qi.jar examples/jshell/time-to-triage.jsh
import java.nio.file.Path;
import qi.core.*;
import qi.core.io.*;
import qi.core.result.*;
import qi.core.series.*;
import qi.charts.*;

var rows = Input.read(Path.of("examples/data/time-to-triage.csv"), Columns.of("week", "minutes_to_triage"));
var analysis = ControlChart.of(ChartType.I, Series.of(rows)).analyze();
Verdict.lines(analysis).forEach(System.out::println);
java.nio.file.Files.createDirectories(Path.of("target"));
ChartRenderer.write(analysis, ChartStyle.withDefaults().title("Time to triage").yLabel("Minutes"), Path.of("target/time-to-triage.png"));
System.out.println("Chart: target/time-to-triage.png");
/exit
