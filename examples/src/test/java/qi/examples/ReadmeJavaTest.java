package qi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of the README runs in JShell without a rejected snippet or an
 * exception, and prints exactly what its {@code // prints: ...} comments say, in order: the README
 * is what is tested.
 */
class ReadmeJavaTest {
  static List<String> blocks() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("```java")) {
        StringBuilder block = new StringBuilder();
        for (i++; !lines.get(i).startsWith("```"); i++) {
          block.append(lines.get(i)).append('\n');
        }
        blocks.add(block.toString());
      }
    }
    assertThat(blocks).isNotEmpty();
    return blocks;
  }

  @ParameterizedTest
  @MethodSource("blocks")
  void javaBlockPrintsWhatItSays(String block) {
    StringBuilder expected = new StringBuilder();
    for (String line : block.split("\n")) {
      int prints = line.indexOf("// prints: ");
      if (prints >= 0) {
        expected.append(line.substring(prints + "// prints: ".length())).append('\n');
      }
    }

    Snippets result = Snippets.evaluate(block);

    assertThat(result.failures()).isEmpty();
    assertThat(result.output()).isEqualTo(expected.toString());
  }

  @ParameterizedTest
  @MethodSource("blocks")
  void noLineOfABlockStartsWithADot(String block) {
    // Pasted into JShell, a complete line such as "Analysis a = ControlChart.of(...)" runs at
    // once, and a next line ".analyze();" is then a syntax error: the whole-block evaluation
    // above cannot see that, so it is checked here.
    assertThat(block.lines()).noneMatch(line -> line.strip().startsWith("."));
  }
}
