package io.github.commissioning.duty;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyTest {
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final Area AREA = Area.of("E16000001", "South Gloucestershire");
  private static final Population LIST = Population.registeredListOf(PRACTICE);
  private static final Population RESIDENTS = Population.residentsOf(AREA);
  private static final Population UNREGISTERED = Population.unregisteredIn(AREA);

  private static Population populationOf(PopulationType type) {
    switch (type) {
      case REGISTERED_LIST:
        return LIST;
      case RESIDENTS:
        return RESIDENTS;
      default:
        return UNREGISTERED;
    }
  }

  @Test
  void of() {
    Duty duty = Duty.of(CommissioningFunction.ACUTE_ELECTIVE, LIST);
    assertEquals(CommissioningFunction.ACUTE_ELECTIVE, duty.function());
    assertEquals(LIST, duty.population());
    assertEquals("ACUTE_ELECTIVE for list of A81001", duty.toString());
    assertEquals(duty, new Duty(CommissioningFunction.ACUTE_ELECTIVE,
        Population.registeredListOf(OdsCode.of("A81001"))));
  }

  @Test
  void ofAcceptsEveryFunctionForItsOwnPopulationType() {
    for (CommissioningFunction function : CommissioningFunction.values()) {
      Population population = populationOf(function.population());
      assertEquals(population, Duty.of(function, population).population());
    }
  }

  @Test
  void refusesPublicHealthForARegisteredList() {
    assertViolation(() -> Duty.of(CommissioningFunction.PUBLIC_HEALTH, LIST),
        Invariant.DUTY_POPULATION,
        "PUBLIC_HEALTH is commissioned for a RESIDENTS, not for the list of A81001",
        "PUBLIC_HEALTH", "A81001");
  }

  @Test
  void refusesAcuteCareForResidents() {
    assertViolation(() -> Duty.of(CommissioningFunction.ACUTE_ELECTIVE, RESIDENTS),
        Invariant.DUTY_POPULATION,
        "ACUTE_ELECTIVE is commissioned for a REGISTERED_LIST, not for the residents of E16000001",
        "ACUTE_ELECTIVE", "E16000001");
  }

  @Test
  void refusesDentalForTheUnregistered() {
    assertViolation(() -> new Duty(CommissioningFunction.DENTAL, UNREGISTERED),
        Invariant.DUTY_POPULATION,
        "DENTAL is commissioned for a RESIDENTS, not for the unregistered in E16000001",
        "DENTAL", "E16000001");
  }

  @Test
  void refusesEveryFunctionForOtherPopulationTypes() {
    for (CommissioningFunction function : CommissioningFunction.values()) {
      for (PopulationType type : PopulationType.values()) {
        if (type != function.population()) {
          Population population = populationOf(type);
          assertViolation(() -> Duty.of(function, population), Invariant.DUTY_POPULATION,
              function.name() + " is commissioned for a " + function.population().name()
                  + ", not for the " + population,
              function.name(), population.key());
        }
      }
    }
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> Duty.of(null, LIST));
    assertThrows(NullPointerException.class,
        () -> Duty.of(CommissioningFunction.ACUTE_ELECTIVE, null));
  }

  @Test
  void orderedByPopulationThenFunction() {
    Duty listMaternity = Duty.of(CommissioningFunction.MATERNITY, LIST);
    Duty listAcute = Duty.of(CommissioningFunction.ACUTE_ELECTIVE, LIST);
    Duty residentsDental = Duty.of(CommissioningFunction.DENTAL, RESIDENTS);
    Duty unregistered = Duty.of(CommissioningFunction.UNREGISTERED_PATIENTS, UNREGISTERED);
    List<Duty> duties =
        new ArrayList<>(List.of(unregistered, residentsDental, listMaternity, listAcute));
    Collections.sort(duties);
    assertEquals(List.of(listAcute, listMaternity, residentsDental, unregistered), duties);
    assertTrue(listAcute.compareTo(Duty.of(CommissioningFunction.ACUTE_ELECTIVE,
        Population.registeredListOf(OdsCode.of("B82005")))) < 0);
  }

  @Test
  void equalsAndHashCode() {
    Duty a = Duty.of(CommissioningFunction.DENTAL, RESIDENTS);
    Duty b = Duty.of(CommissioningFunction.DENTAL,
        Population.residentsOf(Area.of("E16000001", "South Gloucestershire")));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Duty.of(CommissioningFunction.PHARMACY, RESIDENTS));
  }
}
