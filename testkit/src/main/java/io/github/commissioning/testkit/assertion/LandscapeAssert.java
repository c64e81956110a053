package io.github.commissioning.testkit.assertion;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.LandscapeFactory;
import io.github.commissioning.testkit.contract.QueryConsistency;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.ViolationException;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/** Fluent assertions about a landscape, with failures that show what was found instead. */
public final class LandscapeAssert {
  private final Landscape landscape;

  LandscapeAssert(Landscape landscape) {
    this.landscape = checkNotNull(landscape, "landscape");
  }

  /**
   * Starts assertions about a landscape.
   *
   * @param landscape the landscape
   * @return the assertions
   */
  public static LandscapeAssert assertThat(Landscape landscape) {
    return new LandscapeAssert(landscape);
  }

  /**
   * Asserts that the landscape satisfies every invariant: rebuilt from its parts by the
   * implementation's factory it is accepted, and its queries agree with its parts.
   *
   * @param factory the implementation's factory
   * @return this, for more assertions
   */
  public LandscapeAssert isSound(LandscapeFactory factory) {
    try {
      LandscapeDraft.from(landscape).build(factory);
    } catch (ViolationException broken) {
      throw new AssertionFailedError("expected a sound landscape, but rebuilding it was refused: "
          + broken.getMessage(), broken);
    }
    QueryConsistency.check(landscape);
    return this;
  }

  /**
   * Asserts how many bodies of a kind are open.
   *
   * @param kind the kind
   * @param count the exact number
   * @return this, for more assertions
   */
  public LandscapeAssert hasOpen(OrganisationKind kind, int count) {
    int found = landscape.open(kind).size();
    if (found != count) {
      throw new AssertionFailedError("expected " + count + " open " + kind + " on " + landscape.date()
          + " but found " + found, count, found);
    }
    return this;
  }

  /**
   * Asserts that a practice's primary care organisation is the given body.
   *
   * @param practice the practice
   * @param body the expected primary care organisation
   * @return this, for more assertions
   */
  public LandscapeAssert hasPrimaryCareOrganisation(OdsCode practice, OdsCode body) {
    Optional<OdsCode> found = landscape.primaryCareOrganisationOf(practice);
    if (!found.equals(Optional.of(body))) {
      throw new AssertionFailedError("expected practice " + practice + " to belong to " + body,
          body, found.map(OdsCode::toString).orElse("none"));
    }
    return this;
  }

  /**
   * Asserts that a body is accountable for a duty.
   *
   * @param body the body
   * @param duty the duty
   * @return this, for more assertions
   */
  public LandscapeAssert holds(OdsCode body, Duty duty) {
    Optional<OdsCode> holder = landscape.holderOf(duty).map(DutyAssignment::accountable);
    if (!holder.equals(Optional.of(body))) {
      throw new AssertionFailedError("expected " + body + " to hold " + duty, body,
          holder.map(OdsCode::toString).orElse("nobody"));
    }
    return this;
  }

  /**
   * Asserts the exact cash allocated in a year.
   *
   * @param year the year
   * @param amount the exact total
   * @return this, for more assertions
   */
  public LandscapeAssert hasTotalAllocated(FinancialYear year, Money amount) {
    Money found = landscape.totalAllocated(year);
    if (!found.equals(amount)) {
      throw new AssertionFailedError("expected " + amount + " allocated for " + year, amount, found);
    }
    return this;
  }
}
