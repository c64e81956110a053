package io.github.commissioning.finance;

/** Whether a budget is real money or a figure to commission against. */
public enum Funding {
  /**
   * A figure set for practice-based commissioning: the practice commissions against it, but the
   * money stays with the accountable body.
   */
  INDICATIVE,
  /** Real money, held and spent by the budget holder. */
  CASH
}
