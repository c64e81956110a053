package io.github.commissioning.model.invariant;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.violation.Violation;

/**
 * Checks the six structural invariants of the design on any {@link Landscape}, reporting every
 * violation rather than stopping at the first.
 *
 * <ol>
 *   <li>codes are unique and every reference names an open organisation ({@link CodeRules});
 *   <li>relationships respect kinds and contain no cycles ({@link RelationshipRules});
 *   <li>every duty of every population is held by exactly one body ({@link CoverageRules});
 *   <li>money is exact, not negative where that is meaningless, and totals do not overflow, and
 *   <li>every budget has an eligible holder and accounting officer ({@link MoneyRules});
 *   <li>nothing is dated outside its body's lifetime or the snapshot's date (checked by each of
 *       the above where the dates arise).
 * </ol>
 *
 * <p>The checks read the landscape only through its public view, so another implementation of
 * the api can use them to check itself. This class is stateless and thread-safe.
 */
public final class StructuralInvariants {
  private StructuralInvariants() {}

  /**
   * Returns every structural violation in a landscape.
   *
   * @param landscape the landscape to check
   * @return the violations, empty if the landscape is sound
   */
  public static ImmutableList<Violation> check(Landscape landscape) {
    checkNotNull(landscape, "landscape");
    Findings findings = new Findings(landscape);
    CodeRules.check(findings);
    RelationshipRules.check(findings);
    CoverageRules.check(findings);
    MoneyRules.check(findings);
    return findings.violations();
  }
}
