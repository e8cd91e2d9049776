package qi.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An x value given apart from the data (as {@code --rebase}) is read like the data's x values: in
 * their kind, in their date format, and naming itself when it cannot be.
 */
class XValueParseLikeTest {
  private static final XValue MONTH = PeriodLabels.readings("Jan 2023").get(0);
  private static final XValue DAY = XValue.of(LocalDate.parse("2023-01-01"));

  @Test
  void anIsoDateGivenForPeriodDataIsThePeriodThatHoldsIt() {
    XValue rebase = XValue.parseLike("--rebase", "2023-07-15", null, MONTH);

    assertThat(rebase).isEqualTo(PeriodLabels.readings("Jul 2023").get(0));
    assertThat(rebase.text()).isEqualTo("2023-07-15");
  }

  @Test
  void aLabelWithTwoReadingsTakesTheDataPeriods() {
    // 2011/12 reads as December 2011 and as the financial year 2011/12
    XValue financialYear = PeriodLabels.readings("2011/12").get(1);
    assertThat(PeriodLabels.readings("2011/12")).hasSize(2);

    assertThat(XValue.parseLike("--rebase", "2011/12", null, financialYear))
        .isEqualTo(financialYear);
    assertThat(XValue.parseLike("--rebase", "2011/12", null, MONTH))
        .isEqualTo(PeriodLabels.readings("Dec 2011").get(0));
  }

  @Test
  void theDataDateFormatReadsItFirst() {
    assertThat(XValue.parseLike("--rebase", "01/07/2023", "dd/MM/yyyy", DAY))
        .isEqualTo(XValue.of(LocalDate.parse("2023-07-01")));
  }

  @Test
  void aValueOfAnotherKindIsRefusedNamingItself() {
    assertThatThrownBy(() -> XValue.parseLike("--rebase", "12", null, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--rebase (12) must be a date or period like the data's x values (2023-01-01)");
    assertThatThrownBy(() -> XValue.parseLike("--rebase", "soon", null, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "--rebase (soon) must be an x value written like the data's (2023-01-01)");
  }
}
