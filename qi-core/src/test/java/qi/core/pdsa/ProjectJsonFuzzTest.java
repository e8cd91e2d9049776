package qi.core.pdsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of the PDSA store's reader ({@link ProjectJson#read}): a valid project file (the triage
 * fixture) with characters replaced, deleted or cut short reads as a project or fails with a
 * one-line {@link IllegalArgumentException} naming the file, never another exception.
 */
class ProjectJsonFuzzTest {
  private static final String VALID = ProjectJson.write(Fixtures.triage());

  @Provide
  Arbitrary<String> brokenProjects() {
    Arbitrary<String> replaced =
        Arbitraries.integers()
            .between(0, VALID.length() - 1)
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .flatMap(
                positions ->
                    Arbitraries.of('"', '{', '}', '[', ']', ',', ':', '0', '9', '-', 'x', ' ')
                        .list()
                        .ofSize(positions.size())
                        .map(
                            chars -> {
                              StringBuilder s = new StringBuilder(VALID);
                              for (int i = 0; i < positions.size(); i++) {
                                s.setCharAt(positions.get(i), chars.get(i));
                              }
                              return s.toString();
                            }));
    Arbitrary<String> cut =
        Arbitraries.integers().between(0, VALID.length() - 1).map(n -> VALID.substring(0, n));
    Arbitrary<String> deleted =
        Arbitraries.integers()
            .between(0, VALID.length() - 2)
            .map(i -> VALID.substring(0, i) + VALID.substring(i + 1));
    return Arbitraries.oneOf(replaced, cut, deleted);
  }

  @Property(seed = "4245", tries = 500)
  void anyDamageGivesAProjectOrAOneLineError(@ForAll("brokenProjects") String text) {
    try {
      assertThat(ProjectJson.read(text, "fuzz.json")).isNotNull();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("fuzz.json").doesNotContain("\n", "Exception");
    } catch (RuntimeException e) {
      fail("not a one-line error for damaged project text", e);
    }
  }
}
