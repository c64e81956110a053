package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link History#commissionerOf} answers from its own index of commissioner spans; it must agree
 * with the two lookups it replaced (the membership on the day, then the body under the parent's
 * code that day) everywhere, including the days a membership outlives its body's code.
 */
class CommissionerIndexTest {
  private static final History HISTORY = OdsHistory.load(OdsExtracts::open);

  @Test
  void theIndexAgreesWithTheMembershipAndTheBodyOnEveryDaySampled() {
    History history = HISTORY;
    List<Membership> all = new ArrayList<>();
    history.lineage(); // the history is built; memberships are read through the public API below
    SplittableRandom random = new SplittableRandom(20261126);
    List<OdsCode> practices = new ArrayList<>();
    for (int code = 0; code < 200; code++) {
      practices.add(OdsCode.parse(String.format("%s%05d", (char) ('A' + random.nextInt(26)),
          random.nextInt(100_000))));
    }
    // Practices known to the history, plus random codes most of which it does not know.
    history.membersOn(OdsCode.parse("5QA"), LocalDate.of(2008, 1, 1)).forEach(practices::add);
    history.membersOn(OdsCode.parse("02N"), LocalDate.of(2015, 1, 1)).forEach(practices::add);
    practices.forEach(p -> all.addAll(history.memberships(p)));
    long first = LocalDate.of(1998, 1, 1).toEpochDay();
    long last = LocalDate.of(2024, 12, 31).toEpochDay();
    int known = 0;
    for (int i = 0; i < 200_000; i++) {
      OdsCode practice = practices.get(random.nextInt(practices.size()));
      LocalDate date = LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
      Optional<Organisation> expected = history.membershipOn(practice, date)
          .flatMap(m -> history.organisation(m.parent(), date));
      assertEquals(expected, history.commissionerOf(practice, date), practice + " on " + date);
      known += expected.isPresent() ? 1 : 0;
    }
    // Many pairs at once give the same answers, repeated and unknown practices included.
    List<OdsCode> batchPractices = new ArrayList<>();
    List<LocalDate> batchDates = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      OdsCode practice = practices.get(random.nextInt(practices.size()));
      int repeats = 1 + random.nextInt(3);
      for (int r = 0; r < repeats; r++) {
        batchPractices.add(practice);
        batchDates.add(LocalDate.ofEpochDay(first + random.nextLong(last - first + 1)));
      }
    }
    List<Organisation> answers = history.commissionersOf(batchPractices, batchDates);
    assertEquals(batchPractices.size(), answers.size());
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(history.commissionerOf(batchPractices.get(i), batchDates.get(i)),
          Optional.ofNullable(answers.get(i)), batchPractices.get(i) + " on " + batchDates.get(i));
    }
    assertThrows(IllegalArgumentException.class,
        () -> history.commissionersOf(batchPractices, batchDates.subList(1, batchDates.size())));
    // The answers are a list like any other, which cannot be changed.
    assertEquals(new ArrayList<>(answers), answers);
    assertEquals(true, answers instanceof RandomAccess);
    assertThrows(IndexOutOfBoundsException.class, () -> answers.get(answers.size()));
    assertThrows(IndexOutOfBoundsException.class, () -> answers.get(-1));
    assertThrows(UnsupportedOperationException.class, () -> answers.set(0, null));
    assertThrows(UnsupportedOperationException.class, () -> answers.add(null));
    // The sample is not trivially empty: most of the draws of known practices find a body.
    assertEquals(true, known > 50_000, "found " + known);
    assertEquals(true, all.size() > 100, "memberships " + all.size());
  }

  /**
   * The index holds days as {@code int}: days beyond some five million years either side of 1970
   * are answered from the timelines instead, and an open span still holds them.
   */
  @Test
  void daysPastTheIndexsRangeAreAnsweredExactly() {
    OdsCode practice = HISTORY.membersOn(OdsCode.parse("02N"), LocalDate.of(2015, 1, 1))
        .iterator().next();
    List<CommissionerSpan> spans = HISTORY.commissionerSpans(practice);
    CommissionerSpan last = spans.get(spans.size() - 1);
    assertEquals(true, last.period().end().isEmpty(), "the practice's last span is open");
    LocalDate farFuture = LocalDate.ofEpochDay(Integer.MAX_VALUE);
    List<LocalDate> days = List.of(LocalDate.MAX, farFuture, farFuture.minusDays(1),
        LocalDate.MIN, LocalDate.ofEpochDay(Integer.MIN_VALUE), LocalDate.of(2015, 1, 1));
    List<Optional<Organisation>> expected = List.of(Optional.of(last.commissioner()),
        Optional.of(last.commissioner()), Optional.of(last.commissioner()), Optional.empty(),
        Optional.empty(), HISTORY.membershipOn(practice, LocalDate.of(2015, 1, 1))
            .flatMap(m -> HISTORY.organisation(m.parent(), LocalDate.of(2015, 1, 1))));
    List<OdsCode> practices = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      assertEquals(expected.get(i), HISTORY.commissionerOf(practice, days.get(i)), days.get(i)
          + "");
      // In a batch long enough to be answered a chunk at a time, at both ends of it.
      for (int copy = 0; copy < 300; copy++) {
        practices.add(practice);
        dates.add(days.get(i));
      }
    }
    List<Organisation> answers = HISTORY.commissionersOf(practices, dates);
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(expected.get(i / 300), Optional.ofNullable(answers.get(i)), "pair " + i);
    }
  }
}
