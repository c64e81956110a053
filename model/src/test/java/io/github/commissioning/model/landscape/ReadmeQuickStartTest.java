package io.github.commissioning.model.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's quick start, kept compiling and true. */
class ReadmeQuickStartTest {
  private static final LocalDate OPENED = LocalDate.of(2006, 7, 1);
  private static final OdsCode SHA = OdsCode.of("Q30");
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final Area STOCKTON = Area.of("E16000020", "Stockton-on-Tees");

  private static LandscapeSnapshot.Builder quickStart() {
    LandscapeSnapshot.Builder builder = LandscapeSnapshot.builder(LocalDate.of(2010, 6, 1))
        .addOrganisation(Organisation.of(SHA, "North East", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, OPENED))
        .addOrganisation(Organisation.of(PCT, "Stockton-on-Tees Teaching", OrganisationKind.PRIMARY_CARE_TRUST, OPENED))
        .addOrganisation(Organisation.of(PRACTICE, "The Densham Surgery", OrganisationKind.GP_PRACTICE, OPENED))
        .addRelationship(Relationship.of(RelationshipType.PART_OF, PCT, SHA, OPENED))
        .addRelationship(Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, OPENED))
        .addArea(STOCKTON);
    return builder;
  }

  private static void coverEverything(LandscapeSnapshot.Builder builder, Duty leftOut) {
    for (Population population : new Population[] {Population.registeredListOf(PRACTICE),
        Population.residentsOf(STOCKTON), Population.unregisteredIn(STOCKTON)}) {
      for (CommissioningFunction function : CommissioningFunction.forPopulation(population.type())) {
        Duty duty = Duty.of(function, population);
        if (!duty.equals(leftOut)) {
          builder.addDuty(DutyAssignment.of(duty, PCT, OPENED));
        }
      }
    }
  }

  @Test
  void quickStartBuildsAndAnswers() {
    LandscapeSnapshot.Builder builder = quickStart();
    coverEverything(builder, Duty.of(CommissioningFunction.DENTAL, Population.residentsOf(STOCKTON)));
    builder.addDuty(DutyAssignment.of(
        Duty.of(CommissioningFunction.DENTAL, Population.residentsOf(STOCKTON)), PCT, OPENED));
    LandscapeSnapshot landscape = builder.build();
    assertEquals(Optional.of(PCT), landscape.primaryCareOrganisationOf(PRACTICE));
    assertEquals(8 + 6 + 1, landscape.duties().size());
  }

  @Test
  void leavingOutOneDutyIsAGapNamingFunctionAndPopulation() {
    LandscapeSnapshot.Builder builder = quickStart();
    coverEverything(builder, Duty.of(CommissioningFunction.DENTAL, Population.residentsOf(STOCKTON)));
    ViolationException thrown = assertThrows(ViolationException.class, builder::build);
    assertEquals(1, thrown.violations().size());
    assertTrue(thrown.violates(Invariant.COVERAGE_GAP));
    assertEquals("COVERAGE_GAP: No body holds DENTAL for the residents of E16000020",
        thrown.getMessage());
    assertEquals(java.util.List.of("DENTAL", "E16000020"), thrown.violations().get(0).subjects());
  }
}
