package io.github.commissioning.model.reform;

import static io.github.commissioning.model.reform.MiniEngland.HAVERING;
import static io.github.commissioning.model.reform.MiniEngland.LONDON;
import static io.github.commissioning.model.reform.MiniEngland.NORTH_EAST;
import static io.github.commissioning.model.reform.MiniEngland.SOUTH_EAST_COAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.violation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What replaying a seed reform on England in miniature reports: its refusals, its running costs
 * against its targets, and the bodies enacted instead; and the scenarios' names.
 */
class ReplayedTest {
  private final England2010 england = MiniEngland.england();

  private static CostTarget target(Optional<OdsCode> region, String name, int percent,
      long before, long after) {
    return new CostTarget(region, name, percent, Money.ofPence(before), Money.ofPence(after));
  }

  @Test
  void theWhitePapersRunningCostsAgainstItsTargetsRegionByRegionThenForEngland() {
    Replayed replayed = SeedReform.WHITE_PAPER_2010.replay(england);
    // Each region: its authority's 1% and its trusts' 3%, in 2010/11 and in 2013/14.
    assertEquals(List.of(
        target(Optional.of(NORTH_EAST), "North East", 30, 46_498_410_041L, 32_548_887_028L),
        target(Optional.of(LONDON), "London", 50, 215_906_610_878L, 107_953_305_439L),
        target(Optional.of(SOUTH_EAST_COAST), "South East Coast", 40, 61_594_979_079L,
            36_956_987_447L),
        target(Optional.empty(), "England", 30, 323_999_999_998L, 177_459_179_914L)),
        replayed.costTargets());
    assertEquals(List.of(new BigDecimal("30.00"), new BigDecimal("50.00"),
        new BigDecimal("40.00"), new BigDecimal("45.22")), replayed.costTargets().stream()
        .map(CostTarget::achievedPercent).toList());
    // London's cut is exactly half: met with nothing to spare.
    assertTrue(replayed.costTargets().stream().allMatch(CostTarget::met));
    assertSame(SeedReform.WHITE_PAPER_2010, replayed.reform());
  }

  @Test
  void theOppositionPlanSetsNoCostTargets() {
    assertEquals(List.of(), SeedReform.OPPOSITION_2009.replay(england).costTargets());
  }

  @Test
  void theBodiesEnactedAreThoseOfTheHistoryOpenOnTheFirstOfApril2013() {
    Replayed replayed = SeedReform.WHITE_PAPER_2010.replay(england);
    // Every practice of the history, Z00001 included, and two of its three groups; no trust or
    // authority outlived March 2013.
    assertEquals(ImmutableSortedMap.of(OrganisationKind.GP_PRACTICE, 18,
        OrganisationKind.CLINICAL_COMMISSIONING_GROUP, 2), replayed.enacted());
    assertEquals(2, replayed.groupsEnacted());
    assertEquals(17, replayed.consortia());
  }

  @Test
  void aCountOfBodiesEnactedIsNeverNegative() {
    Replayed replayed = SeedReform.OPPOSITION_2009.replay(england);
    Replayed none = new Replayed(replayed.reform(), replayed.reorganised(), replayed.trials(),
        replayed.costTargets(), ImmutableSortedMap.of(
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP, 0));
    assertEquals(0, none.groupsEnacted());
    Replayed unknown = new Replayed(replayed.reform(), replayed.reorganised(), replayed.trials(),
        replayed.costTargets(), ImmutableSortedMap.of());
    assertEquals(0, unknown.groupsEnacted());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> new Replayed(replayed.reform(), replayed.reorganised(), replayed.trials(),
            replayed.costTargets(), ImmutableSortedMap.of(OrganisationKind.GP_PRACTICE, 3,
                OrganisationKind.CLINICAL_COMMISSIONING_GROUP, -1)));
    assertEquals("A count of bodies is never negative: -1 for CLINICAL_COMMISSIONING_GROUP",
        negative.getMessage());
  }

  @Test
  void aTrialThatAppliesOrIsRefusedByAnotherRuleIsNotRefusedAsExpected() {
    LocalDate day = england.landscape().date().plusDays(1);
    Trial renamed = new Trial("A harmless rename", new Rename(day, HAVERING, "Havering PCT"),
        "STATE_MISMATCH");
    Trial.Outcome applied = renamed.tryOn(england.landscape());
    assertEquals(List.of(), applied.violations());
    assertFalse(applied.refusedAsExpected());
    assertSame(renamed, applied.trial());

    OdsCode unknown = OdsCode.of("5ZZ");
    Trial.Outcome refused = new Trial("Renaming a trust that is not there",
        new Rename(day, unknown, "Nobody"), "REFERENCE_UNKNOWN").tryOn(england.landscape());
    assertEquals(List.of("REFERENCE_UNKNOWN"), refused.violations().stream().map(Violation::code)
        .toList());
    assertTrue(refused.refusedAsExpected());
    assertFalse(new Trial.Outcome(new Trial("Expecting another rule",
        new Rename(day, unknown, "Nobody"), "PRICES_WITHIN_TARIFF"), refused.violations())
        .refusedAsExpected());
    assertFalse(new Trial.Outcome(refused.trial(), ImmutableList.of()).refusedAsExpected());
  }

  @Test
  void eachScenarioHasACommandLineNameAndASummary() {
    assertEquals(List.of("opposition-2009", "opposition-2009-city-regions", "white-paper-2010",
        "white-paper-2010-regional-offices", "white-paper-2010-public-health"),
        List.of(SeedReform.values()).stream().map(SeedReform::id).toList());
    for (SeedReform reform : SeedReform.values()) {
      assertEquals(Optional.of(reform), SeedReform.byId(reform.id()));
    }
    assertEquals(Optional.empty(), SeedReform.byId("white-paper"));
    assertEquals(Optional.empty(), SeedReform.byId("WHITE_PAPER_2010"));
    assertTrue(SeedReform.WHITE_PAPER_2010.summary().startsWith("About 550 GP consortia"),
        SeedReform.WHITE_PAPER_2010::summary);
    assertTrue(SeedReform.OPPOSITION_2009_CITY_REGIONS.summary().contains("40 strategic"),
        SeedReform.OPPOSITION_2009_CITY_REGIONS::summary);
  }
}
