package io.github.commissioning.duty;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.violation.Invariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

  @Test
  void of() {
    Area area = Area.of("E16000001", "South Gloucestershire");
    assertEquals("E16000001", area.code());
    assertEquals("South Gloucestershire", area.name());
    assertEquals("E16000001", area.toString());
    assertEquals(area, new Area("E16000001", "South Gloucestershire"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "E1600000", "E160000011", "e16000001", "EE6000001", "116000001",
      "E1600000A", " E16000001", "E16000001 ", "E16-00001", "5QG"})
  void refusesMalformedCode(String code) {
    assertViolation(() -> Area.of(code, "Somewhere"), Invariant.CODE_FORMAT,
        "Area code '" + code + "' is malformed: it must be an ONS code of a capital letter and "
            + "eight digits, such as E16000001",
        code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void refusesBlankName(String name) {
    assertViolation(() -> Area.of("E16000001", name), Invariant.CODE_FORMAT,
        "Area E16000001 must have a name that is not blank", "E16000001");
  }

  @Test
  void codeIsCheckedBeforeName() {
    assertViolation(() -> Area.of("bad", ""), Invariant.CODE_FORMAT,
        "Area code 'bad' is malformed: it must be an ONS code of a capital letter and eight "
            + "digits, such as E16000001",
        "bad");
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> Area.of(null, "Somewhere"));
    assertThrows(NullPointerException.class, () -> Area.of("E16000001", null));
  }

  @Test
  void orderedByCode() {
    Area a = Area.of("E06000001", "Hartlepool");
    Area b = Area.of("E16000001", "South Gloucestershire");
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(a) > 0);
    assertEquals(0, a.compareTo(Area.of("E06000001", "Hartlepool")));
  }

  @Test
  void orderingAgreesWithEqualsWhenOnlyTheNameDiffers() {
    Area a = Area.of("E06000001", "Hartlepool");
    Area b = Area.of("E06000001", "Hartlepool Borough");
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(a) > 0);
  }

  @Test
  void equalsAndHashCode() {
    Area a = Area.of("E06000001", "Hartlepool");
    assertEquals(a, Area.of("E06000001", "Hartlepool"));
    assertEquals(a.hashCode(), Area.of("E06000001", "Hartlepool").hashCode());
    assertNotEquals(a, Area.of("E06000001", "Hartlepool Borough"));
    assertNotEquals(a, Area.of("E06000002", "Hartlepool"));
  }
}
