package io.github.commissioning.finance;

/** What a budget may be spent on. */
public enum RingFence {
  /** Any commissioning purpose of the holder. */
  GENERAL,
  /** Patient care only: the only use allowed for a reinvested underspend. */
  PATIENT_CARE,
  /** Public health only. */
  PUBLIC_HEALTH,
  /** Running the organisation: management and administration costs. */
  RUNNING_COSTS,
  /**
   * Taken out of commissioning as a practice's profit. It exists so that a change can say so and
   * a policy can refuse it: the 2009 plan ring-fenced underspends for patient care instead.
   */
  PRACTICE_PROFIT
}
