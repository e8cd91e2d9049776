package qi.core.rules;

/**
 * The individual rules of the named {@link RuleSet}s, as constants, and the value a rule uses to
 * flag a point without a side.
 */
public final class Rules {
  private Rules() {}

  /** A flag for a point that signals without a side (neither high nor low), e.g. stratification. */
  public static final int UNSIDED = 2;

  // Anhøj (qicharts2): sigma signals plus the runs rules.
  public static final Rule SIGMA = new BeyondLimits("sigma");
  public static final Rule LONG_RUN = new AnhoejLongRun();
  public static final Rule FEW_CROSSINGS = new AnhoejFewCrossings();

  // NHS England Making Data Count (NHSRplotthedots 0.2.2), in its order of precedence. Its rules
  // look at consecutive rows, so a missing value breaks a shift, a trend or a 2-of-3 window.
  public static final Rule NHS_BEYOND_LIMITS = new BeyondLimits("beyond_limits");
  public static final Rule NHS_TREND = new Trend("trend", 7, true, true);
  public static final Rule NHS_TWO_OF_THREE =
      new ZoneCount("two_of_three", 2, 3, 2, true, false, true);
  public static final Rule NHS_SHIFT = new SameSide("shift", 7, true, true);

  // Western Electric Statistical Quality Control Handbook (1956), tests 1-4.
  public static final Rule WE1 = new BeyondLimits("we1");
  public static final Rule WE2 = new ZoneCount("we2", 2, 3, 2, false, true);
  public static final Rule WE3 = new ZoneCount("we3", 4, 5, 1, false, true);
  public static final Rule WE4 = new SameSide("we4", 8, true);

  // Nelson (1984), J. Qual. Technol. 16(4): 237-239, tests 1-8.
  public static final Rule NELSON1 = new BeyondLimits("nelson1");
  public static final Rule NELSON2 = new SameSide("nelson2", 9, true);
  public static final Rule NELSON3 = new Trend("nelson3", 6, true);
  public static final Rule NELSON4 = new Alternating("nelson4", 14);
  public static final Rule NELSON5 = new ZoneCount("nelson5", 2, 3, 2, false, true);
  public static final Rule NELSON6 = new ZoneCount("nelson6", 4, 5, 1, false, true);
  public static final Rule NELSON7 = new OneSigmaStretch("nelson7", 15, true);
  public static final Rule NELSON8 = new OneSigmaStretch("nelson8", 8, false);

  // IHI run-chart rules (Provost and Murray, The Health Care Data Guide, 2011, ch. 3).
  public static final Rule IHI_SHIFT = new SameSide("ihi_shift", 6, false);
  public static final Rule IHI_TREND = new Trend("ihi_trend", 5, false);
  public static final Rule IHI_RUNS = new IhiRuns();
  public static final Rule IHI_ASTRONOMICAL = new IhiAstronomical();
}
