package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.Population;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A practice's commissioners from a 1999 PCG to a 2022 sub-ICB location, as ODS records them. */
class HistoryTest {
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final OdsCode PCG = OdsCode.of("4QP36");
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode CCG = OdsCode.of("00K");
  private static final OdsCode ICB = OdsCode.of("QHM");
  private static final LocalDate SUB_ICB_DAY = LocalDate.of(2022, 7, 1);

  private static History.Builder tees() {
    return History.builder()
        .organisation(Organisation.of(PRACTICE, "The Densham Surgery", OrganisationKind.GP_PRACTICE,
            LocalDate.of(1974, 4, 1)))
        .organisation(Organisation.of(PCG, "Tees PCG", OrganisationKind.PRIMARY_CARE_GROUP,
            Period.parse("1999-04-01/2001-03-31")))
        .organisation(Organisation.of(PCT, "Stockton-on-Tees Teaching",
            OrganisationKind.PRIMARY_CARE_TRUST, Period.parse("2001-04-01/2013-03-31")))
        .organisation(Organisation.of(CCG, "NHS Hartlepool and Stockton-on-Tees CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP, Period.parse("2013-04-01/2022-06-30")))
        .organisation(Organisation.of(CCG, "NHS North East and North Cumbria ICB - 00K",
            OrganisationKind.SUB_ICB_LOCATION, SUB_ICB_DAY))
        .organisation(Organisation.of(ICB, "NHS North East and North Cumbria ICB",
            OrganisationKind.INTEGRATED_CARE_BOARD, SUB_ICB_DAY))
        .relationship(new Relationship(RelationshipType.PART_OF, CCG, ICB, Period.from(SUB_ICB_DAY)))
        .membership(new Membership(PRACTICE, PCG, Period.parse("1999-04-01/2001-03-31")))
        .membership(new Membership(PRACTICE, PCT, Period.parse("2001-04-01/2013-03-31")))
        .membership(new Membership(PRACTICE, CCG, Period.from(LocalDate.of(2013, 4, 1))))
        .succession(Succession.of(PCG, PCT, LocalDate.of(2001, 4, 1)));
  }

  private final History history = tees().build();

  @Test
  void theSpansOfAPracticeSplitWhereItsBodyChangesUnderOneCode() {
    assertEquals(List.of(PRACTICE), history.practices().asList());
    List<CommissionerSpan> spans = history.commissionerSpans(PRACTICE);
    assertEquals(List.of("1999-04-01/2001-03-31 PRIMARY_CARE_GROUP",
        "2001-04-01/2013-03-31 PRIMARY_CARE_TRUST", "2013-04-01/2022-06-30 CLINICAL_COMMISSIONING_GROUP",
        "2022-07-01/ SUB_ICB_LOCATION"), spans.stream()
            .map(s -> s.period() + " " + s.commissioner().kind()).toList());
    for (CommissionerSpan span : spans) {
      assertEquals(Optional.of(span.commissioner()),
          history.commissionerOf(PRACTICE, span.period().start()));
    }
    assertEquals(List.of(), history.commissionerSpans(PCT), "a body with no memberships has none");
  }

  @Test
  void theCommissionerOnEachDayAndItsKind() {
    assertEquals(Optional.empty(), history.commissionerOf(PRACTICE, LocalDate.of(1999, 3, 31)));
    assertEquals(OrganisationKind.PRIMARY_CARE_GROUP,
        history.commissionerOf(PRACTICE, LocalDate.of(2001, 3, 31)).orElseThrow().kind());
    assertEquals(PCT, history.commissionerOf(PRACTICE, LocalDate.of(2001, 4, 1)).orElseThrow().code());
    assertEquals(OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
        history.commissionerOf(PRACTICE, LocalDate.of(2022, 6, 30)).orElseThrow().kind());
    assertEquals(OrganisationKind.SUB_ICB_LOCATION,
        history.commissionerOf(PRACTICE, SUB_ICB_DAY).orElseThrow().kind());
  }

  @Test
  void countsByKindOnADay() {
    assertEquals(1, history.count(OrganisationKind.PRIMARY_CARE_TRUST, LocalDate.of(2013, 3, 31)));
    assertEquals(0, history.count(OrganisationKind.PRIMARY_CARE_TRUST, LocalDate.of(2013, 4, 1)));
    assertEquals(1, history.count(OrganisationKind.CLINICAL_COMMISSIONING_GROUP, LocalDate.of(2022, 6, 30)));
    assertEquals(0, history.count(OrganisationKind.CLINICAL_COMMISSIONING_GROUP, SUB_ICB_DAY));
    assertEquals(1, history.count(OrganisationKind.SUB_ICB_LOCATION, SUB_ICB_DAY));
    assertEquals(0, history.count(OrganisationKind.NHS_TRUST, SUB_ICB_DAY));
  }

  @Test
  void theLandscapeOfADayIsSoundAndPutsTheSubIcbUnderItsIcb() {
    Landscape pctEra = history.at(LocalDate.of(2010, 3, 31));
    assertEquals(Optional.of(PCT), pctEra.primaryCareOrganisationOf(PRACTICE));
    assertEquals(PCT, pctEra.holderOf(Duty.of(CommissioningFunction.MATERNITY,
        Population.registeredListOf(PRACTICE))).orElseThrow().accountable());

    Landscape icbEra = history.at(LocalDate.of(2023, 1, 1));
    var maternity = icbEra.holderOf(Duty.of(CommissioningFunction.MATERNITY,
        Population.registeredListOf(PRACTICE))).orElseThrow();
    assertEquals(ICB, maternity.accountable());
    assertEquals(Optional.of(CCG), maternity.delegate());
  }

  @Test
  void overlappingMembershipsAreRefusedOrLeftOutAndReported() {
    History.Builder builder = tees().membership(new Membership(PRACTICE, PCT,
        Period.parse("2012-01-01/2014-01-01")));
    ViolationException refused = assertThrows(ViolationException.class, builder::build);
    assertTrue(refused.violates(Invariant.RECORD_INCONSISTENT));
    List<Violation> problems = new ArrayList<>();
    History lenient = tees().membership(new Membership(PRACTICE, PCT,
        Period.parse("2012-01-01/2014-01-01"))).build(problems::add);
    assertEquals(1, problems.size());
    assertEquals(List.of("A81001", "5E1", "5E1"), problems.get(0).subjects());
    assertEquals(3, lenient.memberships(PRACTICE).size());
  }

  @Test
  void membersOnADay() {
    assertEquals(List.of(PRACTICE), history.membersOn(PCT, LocalDate.of(2005, 1, 1)));
    assertEquals(List.of(), history.membersOn(PCT, LocalDate.of(2015, 1, 1)));
  }
}
