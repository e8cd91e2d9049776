package qi.core.funnel;

/** Where a unit lies against the limits in use. */
public enum Side {
  /** Above the upper limit. */
  HIGH,
  /** Below the lower limit. */
  LOW,
  /** On or between the limits (bounds inclusive, as FunnelPlotR). */
  WITHIN
}
