// An incident log exported from a hospital system (one row per fall; semicolons, day-first dates,
// decimal commas) counted per week, as a C chart with the verdict.
// From the repository root, after mvn -q -B package -DskipTests:
//   jshell --class-path qi-cli/target/qi.jar examples/jshell/incident-log.jsh
import java.nio.file.Path;
import qi.core.*;
import qi.core.io.*;
import qi.core.result.*;
import qi.core.series.*;

var incidents = Input.read(Path.of("examples/data/incidents.csv"), Columns.events("date"));
var weekly = EventCounts.of(incidents, Period.WEEK);
System.out.println(incidents.size() + " incidents in " + weekly.size() + " weeks");
var analysis = ControlChart.of(ChartType.C, Series.of(weekly, Aggregation.SUM)).analyze();
Verdict.lines(analysis).forEach(System.out::println);
/exit
