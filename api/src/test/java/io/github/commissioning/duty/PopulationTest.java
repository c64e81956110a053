package io.github.commissioning.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.organisation.OdsCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationTest {
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final Area AREA = Area.of("E16000001", "South Gloucestershire");

  @Test
  void registeredList() {
    Population.RegisteredList list = Population.registeredListOf(PRACTICE);
    assertEquals(PRACTICE, list.practice());
    assertEquals(PopulationType.REGISTERED_LIST, list.type());
    assertEquals("A81001", list.key());
    assertEquals("list of A81001", list.toString());
    assertEquals(list, new Population.RegisteredList(OdsCode.of("A81001")));
  }

  @Test
  void residents() {
    Population.Residents residents = Population.residentsOf(AREA);
    assertEquals(AREA, residents.area());
    assertEquals(PopulationType.RESIDENTS, residents.type());
    assertEquals("E16000001", residents.key());
    assertEquals("residents of E16000001", residents.toString());
  }

  @Test
  void unregistered() {
    Population.Unregistered unregistered = Population.unregisteredIn(AREA);
    assertEquals(AREA, unregistered.area());
    assertEquals(PopulationType.UNREGISTERED, unregistered.type());
    assertEquals("E16000001", unregistered.key());
    assertEquals("unregistered in E16000001", unregistered.toString());
  }

  @Test
  void residentsAndUnregisteredOfOneAreaDiffer() {
    Population residents = Population.residentsOf(AREA);
    Population unregistered = Population.unregisteredIn(AREA);
    assertEquals(residents.key(), unregistered.key());
    assertNotEquals(residents, unregistered);
    assertTrue(residents.compareTo(unregistered) < 0);
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> Population.registeredListOf(null));
    assertThrows(NullPointerException.class, () -> Population.residentsOf(null));
    assertThrows(NullPointerException.class, () -> Population.unregisteredIn(null));
  }

  @Test
  void orderedByTypeThenKey() {
    Area other = Area.of("E06000001", "Hartlepool");
    Population listB = Population.registeredListOf(OdsCode.of("B82005"));
    Population listA = Population.registeredListOf(PRACTICE);
    Population residentsLater = Population.residentsOf(AREA);
    Population residentsEarlier = Population.residentsOf(other);
    Population unregistered = Population.unregisteredIn(other);
    List<Population> populations = new ArrayList<>(
        List.of(unregistered, residentsLater, listB, residentsEarlier, listA));
    Collections.sort(populations);
    assertEquals(List.of(listA, listB, residentsEarlier, residentsLater, unregistered), populations);
    assertEquals(0, listA.compareTo(Population.registeredListOf(OdsCode.of("A81001"))));
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(Population.residentsOf(AREA), Population.residentsOf(
        Area.of("E16000001", "South Gloucestershire")));
    assertEquals(Population.residentsOf(AREA).hashCode(), Population.residentsOf(
        Area.of("E16000001", "South Gloucestershire")).hashCode());
    assertNotEquals(Population.registeredListOf(PRACTICE),
        Population.registeredListOf(OdsCode.of("A81002")));
  }
}
