package io.github.commissioning.model.policy;

import io.github.commissioning.policy.Policy;

/** The policies of the reforms the library models, built from {@link ReformRule rules}. */
public final class Policies {
  /**
   * The 2009 opposition plan: every practice a practice-based commissioner, voluntary PCT
   * mergers, acute prices at or below tariff, underspends for patient care. Patients may choose
   * their commissioner.
   */
  public static final Policy OPPOSITION_2009 = Policy.of("2009 opposition plan",
      ReformRule.EVERY_PRACTICE_COMMISSIONS, ReformRule.MERGERS_NEED_CONSENT,
      ReformRule.PRICES_WITHIN_TARIFF, ReformRule.UNDERSPENDS_FOR_PATIENT_CARE);

  /**
   * The 2010 white paper: GP consortia accountable to the national board, primary care trusts
   * reduced to public health, the patient champion role and residual services, and commissioners
   * that follow the practice.
   */
  public static final Policy WHITE_PAPER_2010 = Policy.of("2010 white paper",
      ReformRule.CONSORTIA_ANSWER_TO_BOARD, ReformRule.PCTS_KEEP_RESIDUAL_ROLE,
      ReformRule.COMMISSIONER_FOLLOWS_PRACTICE);

  private Policies() {}
}
