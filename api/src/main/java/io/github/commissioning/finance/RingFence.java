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
  RUNNING_COSTS
}
