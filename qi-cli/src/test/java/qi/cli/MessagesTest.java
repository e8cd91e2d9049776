package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages: the one place where text from users is made safe for a terminal. */
class MessagesTest {
  @Test
  void controlCharactersAreEscapedInJavaNotation() {
    assertThat(Messages.line("a\u001b[2Jb\u0000c\u007fd\u009be"))
        .isEqualTo("a\\u001b[2Jb\\u0000c\\u007fd\\u009be");
  }

  @Test
  void bidirectionalOverridesAreEscaped() {
    // U+202E turns the rest of the line around ("Trojan Source")
    assertThat(Messages.line("file\u202Etxt.exe")).isEqualTo("file\\u202etxt.exe");
  }

  @Test
  void lineBreaksBecomeOneSpaceAndTabsAndNonAsciiStay() {
    assertThat(Messages.line("one\n  two\r\nthree\tfour é 😀"))
        .isEqualTo("one two three\tfour é 😀");
  }

  @Test
  void longLineIsCutAndTheCutSaysHowMuchIsLeftOut() {
    String line = Messages.line("x".repeat(1_000_000));

    // 400 kept, 1,000,000 - 400 left out
    assertThat(line).isEqualTo("x".repeat(400) + "… (999600 more characters)");
  }

  @Test
  void cutNeverSplitsAnEscapeOrASurrogatePair() {
    String escapes = Messages.line("\u001b".repeat(500));
    String emoji = Messages.line("😀".repeat(500));

    // 67 escapes of 6 characters reach 402 >= 400; 500 - 67 = 433 left
    assertThat(escapes).isEqualTo("\\u001b".repeat(67) + "… (433 more characters)");
    // 200 emoji of 2 chars reach 400; 1000 - 400 chars left
    assertThat(emoji).isEqualTo("😀".repeat(200) + "… (600 more characters)");
  }

  @Test
  void textKeepsLinesAndEscapesALoneCarriageReturn() {
    assertThat(Messages.text("a\nb\r\nc\rd\u001be")).isEqualTo("a\nb\r\nc\\u000dd\\u001be");
  }
}
