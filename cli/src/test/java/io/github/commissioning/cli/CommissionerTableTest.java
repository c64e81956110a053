package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.history.CommissionerSpan;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.time.Period;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The table written into the tool answers every practice on every day where its answer could
 * change exactly as the history it was written from does.
 */
class CommissionerTableTest {
  @Test
  void theBundledTableAnswersAsTheBundledHistory() {
    History history = Histories.bundled();
    CommissionerTable table = CommissionerTable.bundled().orElseThrow(
        () -> new AssertionError("the build did not write the table into the tool"));
    int compared = 0;
    for (OdsCode practice : history.practices()) {
      for (LocalDate day : daysThatMatter(history.commissionerSpans(practice))) {
        assertEquals(history.commissionerOf(practice, day), table.commissionerOf(practice, day),
            () -> practice + " on " + day);
        compared++;
      }
    }
    assertTrue(compared > 200_000, "compared " + compared);
    assertEquals(Optional.empty(), table.commissionerOf(OdsCode.of("Y99999"),
        LocalDate.of(2010, 1, 1)));
  }

  @Test
  void aBodyIsReadBackWhole() {
    CommissionerTable table = CommissionerTable.bundled().orElseThrow();
    Organisation stockton = table.commissionerOf(OdsCode.of("A81001"), LocalDate.of(2010, 4, 1))
        .orElseThrow();
    assertEquals(Histories.bundled().commissionerOf(OdsCode.of("A81001"), LocalDate.of(2010, 4, 1))
        .orElseThrow(), stockton);
    assertEquals(OrganisationKind.PRIMARY_CARE_TRUST, stockton.kind());
    assertEquals("5E1", stockton.code().value());
  }

  @Test
  void aNameTheTableCannotHoldIsRefused() {
    OdsCode pct = OdsCode.of("5AA");
    LocalDate opened = LocalDate.of(2002, 4, 1);
    History history = History.builder()
        .organisation(Organisation.of(pct, "Split\tname", OrganisationKind.PRIMARY_CARE_TRUST,
            opened))
        .organisation(Organisation.of(OdsCode.of("A81001"), "Practice", OrganisationKind.GP_PRACTICE,
            opened))
        .membership(new Membership(OdsCode.of("A81001"), pct, Period.from(opened)))
        .build();
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> CommissionerTable.write(history, new StringWriter()));
    assertTrue(refused.getMessage().contains("5AA"), refused.getMessage());
  }

  /** Each span's first and last day and the days either side: where an answer changes. */
  private static List<LocalDate> daysThatMatter(List<CommissionerSpan> spans) {
    List<LocalDate> days = new ArrayList<>();
    for (CommissionerSpan span : spans) {
      days.add(span.period().start());
      days.add(span.period().start().minusDays(1));
      span.period().end().ifPresent(last -> {
        days.add(last);
        days.add(last.plusDays(1));
      });
    }
    days.add(LocalDate.of(2013, 4, 1));
    return days;
  }

  @Test
  void theTableHasALinePerSpan() throws IOException {
    StringWriter written = new StringWriter();
    CommissionerTable.write(Histories.bundled(), written);
    assertEquals(written.toString().lines().count(),
        Histories.bundled().practices().stream()
            .mapToLong(p -> Histories.bundled().commissionerSpans(p).size()).sum());
  }
}
