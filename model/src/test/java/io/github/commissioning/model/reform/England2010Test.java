package io.github.commissioning.model.reform;

import static io.github.commissioning.model.reform.MiniEngland.BARKING;
import static io.github.commissioning.model.reform.MiniEngland.BARNET;
import static io.github.commissioning.model.reform.MiniEngland.BROMLEY;
import static io.github.commissioning.model.reform.MiniEngland.CARE_TRUST;
import static io.github.commissioning.model.reform.MiniEngland.COASTAL_KENT;
import static io.github.commissioning.model.reform.MiniEngland.DROPPED;
import static io.github.commissioning.model.reform.MiniEngland.ELDERLY;
import static io.github.commissioning.model.reform.MiniEngland.ENFIELD;
import static io.github.commissioning.model.reform.MiniEngland.GREENWICH;
import static io.github.commissioning.model.reform.MiniEngland.HAVERING;
import static io.github.commissioning.model.reform.MiniEngland.HILLINGDON;
import static io.github.commissioning.model.reform.MiniEngland.KINGSTON;
import static io.github.commissioning.model.reform.MiniEngland.LONDON;
import static io.github.commissioning.model.reform.MiniEngland.MEDWAY;
import static io.github.commissioning.model.reform.MiniEngland.NEWCASTLE;
import static io.github.commissioning.model.reform.MiniEngland.NORTH_EAST;
import static io.github.commissioning.model.reform.MiniEngland.NOWHERE;
import static io.github.commissioning.model.reform.MiniEngland.PCOS;
import static io.github.commissioning.model.reform.MiniEngland.SOUTH_EAST_COAST;
import static io.github.commissioning.model.reform.MiniEngland.SURREY;
import static io.github.commissioning.model.reform.MiniEngland.UNLISTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.duty.PopulationType;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.history.History;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** England in 2010 built from a miniature history, list sizes and ONS codes, figure by figure. */
class England2010Test {
  private final England2010 england = MiniEngland.england();
  private final Landscape landscape = england.landscape();

  private static List<String> codes(Set<Organisation> bodies) {
    return bodies.stream().map(o -> o.code().value()).toList();
  }

  private static Money pence(long pence) {
    return Money.ofPence(pence);
  }

  @Test
  void theBodiesOpenThatDayWithTheModelledDepartmentAndProviders() {
    assertEquals(List.of("Q30", "Q36", "Q37"),
        codes(landscape.open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY)));
    assertEquals(List.of("5A1", "5A4", "5A5", "5A7", "5A8", "5A9", "5AT", "5C1", "5C2", "5D7",
        "5P5", "5QA"), codes(landscape.open(OrganisationKind.PRIMARY_CARE_TRUST)));
    assertEquals(List.of("TAC"), codes(landscape.open(OrganisationKind.CARE_TRUST)));
    assertEquals(PCOS, List.copyOf(england.primaryCareOrganisations()));
    // Every practice but Z00001, whose trust belongs to no authority.
    assertEquals(List.of("A10001", "A10002", "A20001", "A30001", "A40001", "A50001", "A60001",
        "A70001", "A80001", "B10001", "B10002", "B20001", "C10001", "C20001", "C20002", "C20003",
        "C30001"), codes(landscape.open(OrganisationKind.GP_PRACTICE)));
    assertEquals(Optional.empty(), landscape.organisation(NOWHERE));
    assertEquals(Optional.empty(), landscape.organisation(DROPPED));

    Organisation dh = landscape.require(OdsCode.of(England2010.DEPARTMENT_OF_HEALTH));
    assertEquals(Organisation.of(OdsCode.of("X26"), "Department of Health",
        OrganisationKind.DEPARTMENT_OF_HEALTH, LocalDate.of(1988, 7, 25)), dh);
    // One provider per authority, numbered in the authorities' code order.
    assertEquals(List.of(
        Organisation.of(OdsCode.of("RZ0"), "Synthetic acute trust for North East",
            OrganisationKind.NHS_TRUST, MiniEngland.SHA_OPENED),
        Organisation.of(OdsCode.of("RZ1"), "Synthetic acute trust for London",
            OrganisationKind.NHS_TRUST, MiniEngland.SHA_OPENED),
        Organisation.of(OdsCode.of("RZ2"), "Synthetic acute trust for South East Coast",
            OrganisationKind.NHS_TRUST, MiniEngland.SHA_OPENED)),
        List.copyOf(landscape.open(OrganisationKind.NHS_TRUST)));
    assertEquals(OdsCode.of("RZ0"), england.acuteProviderOf(NORTH_EAST));
    assertEquals(OdsCode.of("RZ1"), england.acuteProviderOf(LONDON));
    assertEquals(OdsCode.of("RZ2"), england.acuteProviderOf(SOUTH_EAST_COAST));
    // The department, 3 authorities, 3 providers, 13 trusts and 17 practices.
    assertEquals(37, landscape.organisations().size());
  }

  @Test
  void nothingClosesThatHistoryLaterClosed() {
    // The authorities and trusts closed in 2011 and 2013 in the history; here they stay open.
    for (Organisation body : landscape.organisations()) {
      assertEquals(Optional.empty(), body.operational().end(), body::toString);
    }
    assertEquals(Organisation.of(COASTAL_KENT, "Eastern and Coastal Kent",
        OrganisationKind.PRIMARY_CARE_TRUST, MiniEngland.PCT_OPENED),
        landscape.require(COASTAL_KENT));
    for (Relationship relationship : landscape.relationships()) {
      assertEquals(Optional.empty(), relationship.period().end(), relationship::toString);
    }
  }

  @Test
  void everyRelationshipOfTheDay() {
    List<String> expected = List.of(
        "5A1 PART_OF Q37 (2006-10-01/)", "5A4 PART_OF Q36 (2006-10-01/)",
        "5A5 PART_OF Q36 (2006-10-01/)", "5A7 PART_OF Q36 (2006-10-01/)",
        "5A8 PART_OF Q36 (2006-10-01/)", "5A9 PART_OF Q36 (2006-10-01/)",
        "5AT PART_OF Q36 (2006-10-01/)", "5C1 PART_OF Q36 (2006-10-01/)",
        "5C2 PART_OF Q36 (2006-10-01/)", "5D7 PART_OF Q30 (2006-10-01/)",
        "5P5 PART_OF Q37 (2006-10-01/)",
        // No authority that day: its successor's authority in 2012, from the day itself.
        "5QA PART_OF Q37 (2010-03-31/)",
        "A10001 MEMBER_OF 5A4 (2006-10-01/)", "A10002 MEMBER_OF 5A4 (2006-10-01/)",
        "A20001 MEMBER_OF 5A5 (2006-10-01/)", "A30001 MEMBER_OF 5A7 (2006-10-01/)",
        "A40001 MEMBER_OF 5A8 (2006-10-01/)", "A50001 MEMBER_OF 5A9 (2006-10-01/)",
        "A60001 MEMBER_OF 5AT (2006-10-01/)", "A70001 MEMBER_OF 5C1 (2006-10-01/)",
        "A80001 MEMBER_OF 5C2 (2006-10-01/)", "B10001 MEMBER_OF 5D7 (2006-10-01/)",
        "B10002 MEMBER_OF 5D7 (2006-10-01/)", "B20001 MEMBER_OF TAC (2006-10-01/)",
        "C10001 MEMBER_OF 5A1 (2006-10-01/)", "C20001 MEMBER_OF 5P5 (2006-10-01/)",
        "C20002 MEMBER_OF 5P5 (2006-10-01/)", "C20003 MEMBER_OF 5P5 (2006-10-01/)",
        "C30001 MEMBER_OF 5QA (2006-10-01/)",
        "Q30 ACCOUNTABLE_TO X26 (2006-07-01/)", "Q36 ACCOUNTABLE_TO X26 (2006-07-01/)",
        "Q37 ACCOUNTABLE_TO X26 (2006-07-01/)",
        "RZ0 ACCOUNTABLE_TO Q30 (2006-07-01/)", "RZ1 ACCOUNTABLE_TO Q36 (2006-07-01/)",
        "RZ2 ACCOUNTABLE_TO Q37 (2006-07-01/)",
        "TAC PART_OF Q30 (2006-10-01/)");
    assertEquals(expected, landscape.relationships().stream().map(Relationship::toString)
        .sorted().toList());
  }

  @Test
  void eachTrustsPracticesAndAuthority() {
    assertEquals(List.of(OdsCode.of("A10001"), UNLISTED), england.practicesOf(HAVERING));
    assertEquals(List.of(OdsCode.of("C20001"), OdsCode.of("C20002"), OdsCode.of("C20003")),
        england.practicesOf(SURREY));
    assertEquals(List.of(), england.practicesOf(NOWHERE));
    assertEquals(LONDON, england.strategicHealthAuthorityOf(BARKING));
    assertEquals(NORTH_EAST, england.strategicHealthAuthorityOf(CARE_TRUST));
    assertEquals(SOUTH_EAST_COAST, england.strategicHealthAuthorityOf(COASTAL_KENT));

    IllegalArgumentException notPco = assertThrows(IllegalArgumentException.class,
        () -> england.strategicHealthAuthorityOf(NOWHERE));
    assertEquals("5NN is not a primary care organisation of England on 2010-03-31",
        notPco.getMessage());
    IllegalArgumentException notSha = assertThrows(IllegalArgumentException.class,
        () -> england.acuteProviderOf(HAVERING));
    assertEquals("5A4 is not a strategic health authority of England on 2010-03-31",
        notSha.getMessage());
    // The history it was built from, closed authority and all.
    History history = MiniEngland.history(false);
    assertSame(history, England2010.from(history, MiniEngland.lists(false), MiniEngland.pcos())
        .history());
    assertEquals(1, england.history().count(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
        LocalDate.of(2003, 1, 1)));
  }

  @Test
  void practicesListsAsNhsbsaCountedThem() {
    assertEquals(Optional.of(MiniEngland.boys(20)), england.patients(OdsCode.of("A10001")));
    assertEquals(20, england.registeredPatients(OdsCode.of("A10001")));
    assertEquals(2_000, england.weightedPopulation(OdsCode.of("A10001")));
    // 100 women aged 75 or over, at 320 hundredths each.
    assertEquals(100, england.registeredPatients(ELDERLY));
    assertEquals(32_000, england.weightedPopulation(ELDERLY));
    assertEquals(Optional.empty(), england.patients(UNLISTED));
    assertEquals(0, england.registeredPatients(UNLISTED));
    assertEquals(0, england.weightedPopulation(UNLISTED));
    // NHSBSA counted Z00001, but it is not a practice of this landscape.
    assertEquals(Optional.empty(), england.patients(DROPPED));
    assertEquals(0, england.registeredPatients(DROPPED));
  }

  @Test
  void eachTrustHasAnAreaUnderItsOnsCodeOrASyntheticOne() {
    Map<String, String> areas = landscape.areas().stream()
        .collect(Collectors.toMap(Area::code, Area::name, (a, b) -> a, TreeMap::new));
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("E16000001", "Havering"), Map.entry("E16000002", "Kingston"),
        Map.entry("E16000003", "Bromley"), Map.entry("E16000004", "Greenwich"),
        Map.entry("E16000005", "Barnet"), Map.entry("E16000006", "Hillingdon"),
        Map.entry("E16000007", "Enfield"), Map.entry("E16000008", "Barking"),
        Map.entry("E16000009", "Medway"), Map.entry("E16000010", "Surrey"),
        Map.entry("E16000011", "Northumberland Care Trust"),
        // In code order of the trusts without an ONS code: 5D7, then 5QA.
        Map.entry("E16900000", "Newcastle (synthetic area code)"),
        Map.entry("E16900001", "Eastern and Coastal Kent (synthetic area code)")));
    assertEquals(expected, areas);
  }

  @Test
  void trustsHoldTheirAreasDutiesButSpecialisedCommissioningIsTheAuthoritys() {
    Area havering = Area.of("E16000001", "Havering");
    for (CommissioningFunction function : CommissioningFunction.values()) {
      if (function == CommissioningFunction.UNREGISTERED_PATIENTS) {
        assertEquals(Optional.of(DutyAssignment.of(Duty.of(function,
            Population.unregisteredIn(havering)), HAVERING, England2010.DATE)),
            landscape.holderOf(Duty.of(function, Population.unregisteredIn(havering))));
      } else if (function == CommissioningFunction.SPECIALISED) {
        assertEquals(Optional.of(DutyAssignment.of(Duty.of(function,
            Population.residentsOf(havering)), LONDON, England2010.DATE)),
            landscape.holderOf(Duty.of(function, Population.residentsOf(havering))));
      } else if (!England2010.listFunctions().contains(function)) {
        assertEquals(HAVERING, landscape.holderOf(Duty.of(function,
            Population.residentsOf(havering))).orElseThrow().accountable(), function::name);
      }
    }
    // The authorities hold specialised commissioning for each of their trusts' areas.
    assertEquals(8, landscape.dutiesOf(LONDON).size());
    assertEquals(2, landscape.dutiesOf(NORTH_EAST).size());
    assertEquals(3, landscape.dutiesOf(SOUTH_EAST_COAST).size());
    // Six area duties and eight for each of the two practices' lists.
    assertEquals(6 + 2 * 8, landscape.dutiesOf(HAVERING).size());
    assertEquals(17 * 8 + 13 * 7, landscape.duties().size());
  }

  @Test
  void eachPracticesListIsCommissionedByItsTrustForEveryListFunction() {
    assertEquals(Arrays.stream(CommissioningFunction.values())
        .filter(f -> f.population() == PopulationType.REGISTERED_LIST)
        .collect(Collectors.toSet()), England2010.listFunctions());
    assertEquals(8, England2010.listFunctions().size());
    for (OdsCode pco : PCOS) {
      for (OdsCode practice : england.practicesOf(pco)) {
        for (CommissioningFunction function : England2010.listFunctions()) {
          assertEquals(pco, landscape.holderOf(Duty.of(function,
              Population.registeredListOf(practice))).orElseThrow().accountable(),
              practice + " " + function);
        }
      }
    }
  }

  @Test
  void generalAllocationsByWeightedCapitationAndPublicHealthByHeads() {
    // Each boy earns GBP 16m of GBP 80bn (500,000 hundredths); 5D7 has 150 boys and 100 women
    // of 75 and over at 3.2 times as much. Public health: GBP 4bn over 4,780 heads, the pence
    // left over to the largest remainders.
    Map<OdsCode, long[]> expected = new TreeMap<>(Map.ofEntries(
        Map.entry(HAVERING, new long[] {32_000_000_000L, 1_673_640_167L}),
        Map.entry(KINGSTON, new long[] {320_000_000_000L, 16_736_401_674L}),
        Map.entry(BROMLEY, new long[] {640_000_000_000L, 33_472_803_347L}),
        Map.entry(GREENWICH, new long[] {800_000_000_000L, 41_841_004_184L}),
        Map.entry(BARNET, new long[] {480_000_000_000L, 25_104_602_510L}),
        Map.entry(HILLINGDON, new long[] {1_920_000_000_000L, 100_418_410_042L}),
        Map.entry(ENFIELD, new long[] {16_000_000_000L, 836_820_084L}),
        Map.entry(BARKING, new long[] {1_120_000_000_000L, 58_577_405_858L}),
        Map.entry(NEWCASTLE, new long[] {752_000_000_000L, 20_920_502_092L}),
        Map.entry(MEDWAY, new long[] {560_000_000_000L, 29_288_702_929L}),
        Map.entry(SURREY, new long[] {800_000_000_000L, 41_841_004_184L}),
        Map.entry(COASTAL_KENT, new long[] {160_000_000_000L, 8_368_200_837L}),
        Map.entry(CARE_TRUST, new long[] {400_000_000_000L, 20_920_502_092L})));
    for (Map.Entry<OdsCode, long[]> pco : expected.entrySet()) {
      Map<RingFence, Money> budgets = landscape.budgetsOf(pco.getKey(), England2010.YEAR).stream()
          .collect(Collectors.toMap(Allocation::ringFence, Allocation::amount));
      assertEquals(Map.of(RingFence.GENERAL, pence(pco.getValue()[0]),
          RingFence.PUBLIC_HEALTH, pence(pco.getValue()[1])), budgets, pco.getKey()::toString);
      for (Allocation budget : landscape.budgetsOf(pco.getKey(), England2010.YEAR)) {
        assertEquals(pco.getKey(), budget.accountingOfficer());
      }
    }
    assertEquals(26, landscape.allocations().size());
    assertEquals(England2010.ALLOCATED_TO_PCTS, landscape.totalAllocated(England2010.YEAR));
  }

  @Test
  void eachTrustBuysAcuteCareFromItsRegionsProviderAtTheTariff() {
    Map<String, String> contracts = landscape.contracts().stream().collect(Collectors.toMap(
        c -> c.commissioner().value(), c -> c.provider() + " " + c.service() + " " + c.year()
            + " " + c.price() + " " + c.tariff().orElseThrow() + " " + c.arrangedBy(),
        (a, b) -> a, TreeMap::new));
    assertEquals(13, contracts.size());
    // 30% of the general allocation.
    assertEquals("RZ1 ACUTE_ELECTIVE 2010/11 £96,000,000.00 £96,000,000.00 Optional.empty",
        contracts.get("5A4"));
    assertEquals("RZ2 ACUTE_ELECTIVE 2010/11 £1,680,000,000.00 £1,680,000,000.00 Optional.empty",
        contracts.get("5A1"));
    assertEquals("RZ0 ACUTE_ELECTIVE 2010/11 £2,256,000,000.00 £2,256,000,000.00 Optional.empty",
        contracts.get("5D7"));
    assertEquals("RZ2 ACUTE_ELECTIVE 2010/11 £480,000,000.00 £480,000,000.00 Optional.empty",
        contracts.get("5QA"));
    assertEquals("RZ0 ACUTE_ELECTIVE 2010/11 £1,200,000,000.00 £1,200,000,000.00 Optional.empty",
        contracts.get("TAC"));
    for (Contract contract : landscape.contracts()) {
      assertEquals(england.acuteProviderOf(england.strategicHealthAuthorityOf(
          contract.commissioner())), contract.provider());
    }
  }

  @Test
  void runningCostsAreThreePercentForTrustsAndOnePercentOfTheRegionForAuthoritiesEveryYear() {
    Map<OdsCode, Map<String, Money>> costs = new TreeMap<>();
    for (RunningCost cost : landscape.runningCosts()) {
      costs.computeIfAbsent(cost.body(), b -> new TreeMap<>())
          .put(cost.year().toString(), cost.amount());
    }
    assertEquals(16, costs.size());
    // 3% of GBP 320m.
    assertEquals(Map.of("2010/11", pence(960_000_000L), "2011/12", pence(960_000_000L),
        "2012/13", pence(960_000_000L), "2013/14", pence(960_000_000L)), costs.get(HAVERING));
    // 1% of the region's general and public health allocations, rounded down to the penny:
    // North East 1,152,000,000,000p general and 41,841,004,184p public health.
    Money northEast = pence(11_938_410_041L);
    assertEquals(Map.of("2010/11", northEast, "2011/12", northEast, "2012/13", northEast,
        "2013/14", northEast), costs.get(NORTH_EAST));
    assertEquals(pence(56_066_610_878L), costs.get(LONDON).get("2013/14"));
    assertEquals(pence(15_994_979_079L), costs.get(SOUTH_EAST_COAST).get("2010/11"));
    assertEquals(pence(4_800_000_000L), costs.get(COASTAL_KENT).get("2012/13"));
  }

  @Test
  void aWholePercentageIsRoundedDownToThePenny() {
    assertEquals(pence(99), England2010.percent(pence(199), 50));
    assertEquals(pence(5_970), England2010.percent(pence(19_900), 30));
    assertEquals(pence(0), England2010.percent(pence(99), 1));
  }
}
