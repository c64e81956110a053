package io.github.commissioning.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommissioningFunctionTest {

  @ParameterizedTest
  @CsvSource({
      "ACUTE_ELECTIVE, REGISTERED_LIST",
      "URGENT_AND_EMERGENCY, REGISTERED_LIST",
      "MATERNITY, REGISTERED_LIST",
      "PRIMARY_MEDICAL_CONTRACTING, REGISTERED_LIST",
      "DENTAL, RESIDENTS",
      "PHARMACY, RESIDENTS",
      "SPECIALISED, RESIDENTS",
      "PUBLIC_HEALTH, RESIDENTS",
      "UNREGISTERED_PATIENTS, UNREGISTERED",
  })
  void population(CommissioningFunction function, PopulationType type) {
    assertEquals(type, function.population());
    assertTrue(function.appliesTo(type));
    for (PopulationType other : PopulationType.values()) {
      assertEquals(other == type, function.appliesTo(other), function + " " + other);
    }
  }

  @Test
  void forPopulationInDeclarationOrder() {
    assertEquals(List.of(CommissioningFunction.ACUTE_ELECTIVE,
            CommissioningFunction.URGENT_AND_EMERGENCY, CommissioningFunction.COMMUNITY,
            CommissioningFunction.MENTAL_HEALTH, CommissioningFunction.MATERNITY,
            CommissioningFunction.PRIMARY_MEDICAL_CONTRACTING,
            CommissioningFunction.GP_PERFORMANCE_MANAGEMENT,
            CommissioningFunction.CONTRACT_MANAGEMENT),
        new ArrayList<>(CommissioningFunction.forPopulation(PopulationType.REGISTERED_LIST)));
    assertEquals(List.of(CommissioningFunction.DENTAL, CommissioningFunction.PHARMACY,
            CommissioningFunction.OPTOMETRY, CommissioningFunction.SPECIALISED,
            CommissioningFunction.PUBLIC_HEALTH, CommissioningFunction.PATIENT_CHAMPION),
        new ArrayList<>(CommissioningFunction.forPopulation(PopulationType.RESIDENTS)));
    assertEquals(List.of(CommissioningFunction.UNREGISTERED_PATIENTS),
        new ArrayList<>(CommissioningFunction.forPopulation(PopulationType.UNREGISTERED)));
  }

  @Test
  void forPopulationPartitionsTheFunctions() {
    Set<CommissioningFunction> all = EnumSet.noneOf(CommissioningFunction.class);
    int count = 0;
    for (PopulationType type : PopulationType.values()) {
      Set<CommissioningFunction> functions = CommissioningFunction.forPopulation(type);
      assertFalse(functions.isEmpty(), type.name());
      count += functions.size();
      all.addAll(functions);
    }
    assertEquals(EnumSet.allOf(CommissioningFunction.class), all);
    assertEquals(CommissioningFunction.values().length, count);
  }

  @Test
  void forPopulationIsImmutable() {
    Set<CommissioningFunction> functions =
        CommissioningFunction.forPopulation(PopulationType.UNREGISTERED);
    assertThrows(UnsupportedOperationException.class,
        () -> functions.add(CommissioningFunction.DENTAL));
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class,
        () -> CommissioningFunction.ACUTE_ELECTIVE.appliesTo(null));
    assertThrows(NullPointerException.class, () -> CommissioningFunction.forPopulation(null));
  }
}
