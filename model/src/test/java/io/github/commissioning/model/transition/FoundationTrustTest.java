package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.Q36;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.RYJ;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.ended;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FoundationTrustTest {

  @Test
  void authorisationChangesTheKindAndEndsAccountabilityToTheSha() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, new AuthoriseFoundationTrust(D, RYJ));

    assertEquals(ImmutableList.of(
        new Effect.KindChanged(RYJ, OrganisationKind.NHS_TRUST, OrganisationKind.FOUNDATION_TRUST),
        ended(ACCOUNTABLE_TO, RYJ, Q36, LocalDate.of(2007, 10, 1), D)), applied.effects());
    Landscape after = applied.after();
    Organisation trust = after.require(RYJ);
    assertEquals(OrganisationKind.FOUNDATION_TRUST, trust.kind());
    assertEquals(sample.require(RYJ).name(), trust.name());
    assertEquals(sample.require(RYJ).operational(), trust.operational());
    assertTrue(after.targetsOf(RYJ, ACCOUNTABLE_TO).isEmpty());
    assertTrue(after.open(OrganisationKind.NHS_TRUST).isEmpty());
    assertEquals(2, after.open(OrganisationKind.FOUNDATION_TRUST).size());
    assertTrue(after.contracts().stream().anyMatch(c -> c.provider().equals(RYJ)
        && c.commissioner().equals(KENSINGTON)), "its contracts stay");
    assertEquals(sample.contracts(), after.contracts());
    assertEquals(sample.allocations(), after.allocations());
  }

  @Test
  void refusesABodyThatIsNotAnNhsTrust() {
    refusedOnSample(Invariant.STATE_MISMATCH, RVW, new AuthoriseFoundationTrust(D, RVW));
    refusedOnSample(Invariant.STATE_MISMATCH, STOCKTON, new AuthoriseFoundationTrust(D, STOCKTON));
  }

  @Test
  void refusesAnUnknownTrustAndAnEarlyDate() {
    OdsCode unknown = OdsCode.of("RZZ");
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, unknown, new AuthoriseFoundationTrust(D, unknown));
    refusedOnSample(Invariant.TRANSITION_DATE, "2008-04-01",
        new AuthoriseFoundationTrust(LocalDate.of(2008, 4, 1), RYJ));
  }

  @Test
  void refusesAuthorisingTheSameTrustTwice() {
    Landscape authorised = applyChecked(sample(), new AuthoriseFoundationTrust(D, RYJ)).after();
    Engine.refused(authorised, Invariant.STATE_MISMATCH.name(), RYJ,
        new AuthoriseFoundationTrust(D.plusDays(1), RYJ));
  }
}
