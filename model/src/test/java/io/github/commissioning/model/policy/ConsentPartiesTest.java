package io.github.commissioning.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.violation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which parties to a merger must consent: primary care trusts and care trusts, and no others. */
class ConsentPartiesTest {
  private static final LocalDate D = LocalDate.of(2010, 10, 1);

  private static List<String> named(Landscape before, Merge merge) {
    return ReformRule.MERGERS_NEED_CONSENT.check(before, merge).stream()
        .map(v -> v.subjects().get(0)).toList();
  }

  @Test
  void aCareTrustMustConsentLikeAPrimaryCareTrust() {
    OdsCode careTrust = OdsCode.of("TAC");
    Landscape before = TransitionEngine.apply(TestLandscapes.englandLike(), Establish.of(
        Organisation.of(careTrust, "Care trust", OrganisationKind.CARE_TRUST, D))).after();
    Merge merger = Merge.into(D.plusDays(1), SampleLandscapes.STOCKTON, careTrust);
    assertEquals(List.of("TAC", "5E1"), named(before, merger));
    assertEquals(List.of("5E1"), named(before, merger.withConsentOf(careTrust)));
  }

  @Test
  void practicesMergeWithoutAnyonesConsent() {
    Landscape before = TestLandscapes.englandLike();
    List<OdsCode> practices = before.open(OrganisationKind.GP_PRACTICE).stream()
        .map(Organisation::code).limit(2).toList();
    Merge merger = Merge.intoNew(Organisation.of(OdsCode.of("A89999"), "Merged practice",
        OrganisationKind.GP_PRACTICE, D), practices.get(0), practices.get(1));
    List<Violation> none = ReformRule.MERGERS_NEED_CONSENT.check(before, merger);
    assertEquals(List.of(), none);
  }
}
