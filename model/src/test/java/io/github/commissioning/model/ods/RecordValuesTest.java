package io.github.commissioning.model.ods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks and the equality of the records the formats read. */
class RecordValuesTest {
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final LocalDate OPENED = LocalDate.of(1974, 4, 1);

  private static int[] counts(int value) {
    int[] counts = new int[RegisteredPatients.AgeBand.values().length];
    Arrays.fill(counts, value);
    return counts;
  }

  private static PracticeRecord practice(Optional<LocalDate> closed, int setting) {
    return new PracticeRecord(PRACTICE, "THE DENSHAM SURGERY", Optional.empty(), Optional.empty(),
        Optional.empty(), OPENED, closed, PracticeRecord.Status.ACTIVE, Optional.empty(),
        Optional.empty(), Optional.empty(), setting);
  }

  @Test
  void registeredPatientsAreEqualByTheirCountsAndShowThem() {
    RegisteredPatients ones = RegisteredPatients.of(counts(1), counts(1));
    RegisteredPatients same = RegisteredPatients.of(counts(1), counts(1));
    RegisteredPatients moreWomen = RegisteredPatients.of(counts(1), counts(2));
    assertEquals(ones, same);
    assertEquals(ones.hashCode(), same.hashCode());
    assertNotEquals(ones, moreWomen);
    assertNotEquals(RegisteredPatients.of(counts(2), counts(1)), RegisteredPatients.of(counts(1), counts(2)));
    assertNotEquals(ones.hashCode(), moreWomen.hashCode());
    assertEquals("RegisteredPatients[total=18, males=[1, 1, 1, 1, 1, 1, 1, 1, 1], females=[1, 1, 1, 1,"
        + " 1, 1, 1, 1, 1]]", ones.toString());
    assertEquals("75+", RegisteredPatients.AgeBand.AGED_75_AND_OVER.label());
    assertEquals("0-4", RegisteredPatients.AgeBand.AGED_0_TO_4.label());
  }

  @Test
  void registeredPatientsNeedOneCountPerBandNoneNegative() {
    assertEquals("males needs 9 counts, not 8", assertThrows(IllegalArgumentException.class,
        () -> RegisteredPatients.of(new int[8], counts(0))).getMessage());
    assertEquals("females needs 9 counts, not 10", assertThrows(IllegalArgumentException.class,
        () -> RegisteredPatients.of(counts(0), new int[10])).getMessage());
    assertEquals("A count of patients is never negative: -1", assertThrows(IllegalArgumentException.class,
        () -> RegisteredPatients.of(counts(0), counts(-1))).getMessage());
  }

  @Test
  void aListSizeRecordNeedsAnNhsbsaPcoCode() {
    RegisteredPatients none = RegisteredPatients.of(counts(0), counts(0));
    assertEquals("An NHSBSA PCO code is a code of three characters followed by 00, not 5P2",
        assertThrows(IllegalArgumentException.class, () -> new ListSizeRecord(PRACTICE, "P",
            OdsCode.of("Y09"), OdsCode.of("Q35"), OdsCode.of("5P2"), none)).getMessage());
  }

  @Test
  void anOnsBodyNeedsAName() {
    assertEquals("The name of E16000020 must not be blank", assertThrows(IllegalArgumentException.class,
        () -> new OnsBody(OdsCode.of("E16000020"), Optional.empty(), " ")).getMessage());
  }

  @Test
  void aPostcodeShareIsAPercentageFromNothingToAll() {
    OdsCode pct = OdsCode.of("E16000020");
    OnsBody from = new OnsBody(pct, Optional.of(OdsCode.of("5E1")), "Stockton");
    OnsBody to = new OnsBody(OdsCode.of("E38000075"), Optional.of(OdsCode.of("00K")), "CCG");
    assertEquals(BigDecimal.ZERO, new PostcodeShareRecord(from, to, BigDecimal.ZERO).percent());
    assertEquals(new BigDecimal("100"), new PostcodeShareRecord(from, to, new BigDecimal("100")).percent());
    assertEquals("A percentage must be from 0 to 100: -0.1", assertThrows(IllegalArgumentException.class,
        () -> new PostcodeShareRecord(from, to, new BigDecimal("-0.1"))).getMessage());
    assertEquals("A percentage must be from 0 to 100: 100.01", assertThrows(IllegalArgumentException.class,
        () -> new PostcodeShareRecord(from, to, new BigDecimal("100.01"))).getMessage());
  }

  @Test
  void aPracticesLifetimeAndSettingAreChecked() {
    assertEquals(Period.from(OPENED), practice(Optional.empty(), 4).lifetime());
    assertEquals(Period.of(OPENED, OPENED.plusYears(40)),
        practice(Optional.of(OPENED.plusYears(40)), 4).lifetime());
    assertEquals("A prescribing setting is never negative: -1", assertThrows(IllegalArgumentException.class,
        () -> practice(Optional.empty(), -1)).getMessage());
    assertEquals('A', PracticeRecord.Status.ACTIVE.code());
    assertEquals('P', PracticeRecord.Status.PROPOSED.code());
  }
}
