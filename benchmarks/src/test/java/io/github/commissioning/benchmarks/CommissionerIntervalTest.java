package io.github.commissioning.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.time.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intervals the peer joins against answer exactly as {@link History#commissionerOf} does, and
 * the pairs drawn from them are reproducible: what makes the DuckDB comparison honest.
 */
class CommissionerIntervalTest {
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final OdsCode OTHER = OdsCode.of("A81002");
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode CCG = OdsCode.of("00K");

  /** A membership recorded from before its PCT opened, and one of a code two bodies had. */
  private final History history = History.builder()
      .organisation(Organisation.of(PRACTICE, "The Densham Surgery", OrganisationKind.GP_PRACTICE,
          LocalDate.of(1974, 4, 1)))
      .organisation(Organisation.of(OTHER, "Another Surgery", OrganisationKind.GP_PRACTICE,
          LocalDate.of(1974, 4, 1)))
      .organisation(Organisation.of(PCT, "Stockton-on-Tees Teaching",
          OrganisationKind.PRIMARY_CARE_TRUST, Period.parse("2001-04-01/2013-03-31")))
      .organisation(Organisation.of(CCG, "NHS Hartlepool and Stockton-on-Tees CCG",
          OrganisationKind.CLINICAL_COMMISSIONING_GROUP, Period.parse("2013-04-01/2022-06-30")))
      .organisation(Organisation.of(CCG, "NHS North East and North Cumbria ICB - 00K",
          OrganisationKind.SUB_ICB_LOCATION, LocalDate.of(2022, 7, 1)))
      .membership(new Membership(PRACTICE, PCT, Period.parse("2000-01-01/2013-03-31")))
      .membership(new Membership(PRACTICE, CCG, Period.from(LocalDate.of(2013, 4, 1))))
      .membership(new Membership(OTHER, CCG, Period.parse("2020-02-01/2022-12-31")))
      .build();

  private final List<CommissionerInterval> intervals =
      CommissionerInterval.of(history, List.of(PRACTICE, OTHER));

  @Test
  void membershipsAreClippedToTheDaysEachBodyWasOpenUnderTheCode() {
    assertEquals(List.of(
        interval(PRACTICE, PCT, "2001-04-01", "2013-03-31"),
        interval(PRACTICE, CCG, "2013-04-01", "2022-06-30"),
        new CommissionerInterval(PRACTICE, CCG, LocalDate.parse("2022-07-01").toEpochDay(),
            CommissionerInterval.OPEN),
        interval(OTHER, CCG, "2020-02-01", "2022-06-30"),
        interval(OTHER, CCG, "2022-07-01", "2022-12-31")), intervals);
  }

  @Test
  void theHistoryAnswersInsideEachIntervalAndNotJustOutsideIt() {
    for (CommissionerInterval interval : intervals) {
      LocalDate first = LocalDate.ofEpochDay(interval.firstDay());
      assertEquals(Optional.of(interval.commissioner()), commissioner(interval.practice(), first));
      if (interval.lastDay() != CommissionerInterval.OPEN) {
        LocalDate last = LocalDate.ofEpochDay(interval.lastDay());
        assertEquals(Optional.of(interval.commissioner()), commissioner(interval.practice(), last));
      }
    }
    assertEquals(Optional.empty(), commissioner(PRACTICE, LocalDate.parse("2001-03-31")));
    assertEquals(Optional.empty(), commissioner(OTHER, LocalDate.parse("2023-01-01")));
  }

  @Test
  void theSameSeedDrawsTheSamePairsEachWithinAnInterval() {
    PracticeDays pairs = PracticeDays.draw(intervals, 2_000, 7L);
    PracticeDays again = PracticeDays.draw(intervals, 2_000, 7L);
    PracticeDays other = PracticeDays.draw(intervals, 2_000, 8L);
    boolean differs = false;
    for (int i = 0; i < pairs.size(); i++) {
      assertEquals(pairs.practice(i), again.practice(i));
      assertEquals(pairs.day(i), again.day(i));
      differs |= !pairs.day(i).equals(other.day(i));
      assertTrue(commissioner(pairs.practice(i), pairs.day(i)).isPresent(),
          () -> "no commissioner for a drawn pair");
      assertTrue(!pairs.day(i).isAfter(PracticeDays.LAST_DAY), () -> "drawn after the data ends");
    }
    assertTrue(differs, "another seed draws other days");
  }

  @Test
  void thePairsAreWrittenAsTheCsvTheMapCommandReads(@TempDir Path folder) throws IOException {
    PracticeDays pairs = PracticeDays.draw(intervals, 3, 7L);
    Path csv = folder.resolve("pairs.csv");
    pairs.writeCsv(csv);
    assertEquals(List.of("id,practice,date",
        "0," + pairs.practice(0) + "," + pairs.day(0),
        "1," + pairs.practice(1) + "," + pairs.day(1),
        "2," + pairs.practice(2) + "," + pairs.day(2)),
        Files.readAllLines(csv, StandardCharsets.US_ASCII));
  }

  private Optional<OdsCode> commissioner(OdsCode practice, LocalDate day) {
    return history.commissionerOf(practice, day).map(Organisation::code);
  }

  private static CommissionerInterval interval(OdsCode practice, OdsCode body, String first,
      String last) {
    return new CommissionerInterval(practice, body, LocalDate.parse(first).toEpochDay(),
        LocalDate.parse(last).toEpochDay());
  }
}
