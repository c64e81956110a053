package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The index's own layout, on small generated spans rather than the real history: every answer,
 * one at a time and in batches, is the span a plain search of the lists finds, including codes
 * whose strings hash alike, gaps between spans, days on their bounds, codes it does not know and
 * query strings that are not the ones it was built with.
 */
class CommissionerIndexLayoutTest {
  private static final LocalDate START = LocalDate.of(2000, 1, 1);

  @Test
  void everyAnswerIsTheSpanAPlainSearchFinds() {
    SplittableRandom random = new SplittableRandom(2026_11_27L);
    for (int run = 0; run < 40; run++) {
      Map<OdsCode, List<CommissionerSpan>> spans = drawSpans(random, 1 + random.nextInt(300));
      CommissionerIndex index = new CommissionerIndex(spans);
      List<OdsCode> known = new ArrayList<>(spans.keySet());
      int size = 1 + random.nextInt(1_200);
      OdsCode[] practices = new OdsCode[size];
      int[] days = new int[size];
      for (int i = 0; i < size; i++) {
        OdsCode code = random.nextInt(8) == 0 ? OdsCode.of("Z" + random.nextInt(10_000))
            : known.get(random.nextInt(known.size()));
        // Half the queries use a string of their own, equal to the index's but not the same.
        practices[i] = random.nextBoolean() ? code : OdsCode.of(new String(code.value()));
        days[i] = (int) START.toEpochDay() - 5 + random.nextInt(4_000);
      }
      int[] numbers = index.bodiesOn(practices, days);
      for (int i = 0; i < size; i++) {
        Organisation expected = search(spans.get(practices[i]), days[i]);
        assertSame(expected, index.on(practices[i], days[i]), practices[i] + " on " + days[i]);
        assertSame(expected, index.body(numbers[i]), "pair " + i + " of the batch");
      }
    }
  }

  @Test
  void codesWhoseStringsHashAlikeAreKeptApart() {
    OdsCode ao = OdsCode.of("AO");
    OdsCode b0 = OdsCode.of("B0");
    assertEquals(ao.value().hashCode(), b0.value().hashCode());
    Organisation first = body("5AA", START);
    Organisation second = body("5AB", START);
    Map<OdsCode, List<CommissionerSpan>> spans = new LinkedHashMap<>();
    spans.put(ao, List.of(new CommissionerSpan(Period.from(START), first)));
    spans.put(b0, List.of(new CommissionerSpan(Period.from(START), second)));
    CommissionerIndex index = new CommissionerIndex(spans);
    long day = START.toEpochDay();
    assertSame(first, index.on(ao, day));
    assertSame(second, index.on(b0, day));
    assertEquals(null, index.on(OdsCode.of("ZZ9"), day));
    assertEquals(null, index.on(ao, day - 1), "the day before the span");
    assertEquals(CommissionerIndex.NONE, index.bodiesOn(new OdsCode[] {OdsCode.of("ZZ")},
        new int[] {(int) day})[0]);
  }

  /** Practices with one to six spans each, sorted and apart, some with gaps, the last open. */
  private static Map<OdsCode, List<CommissionerSpan>> drawSpans(SplittableRandom random,
      int practices) {
    List<Organisation> bodies = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      bodies.add(body(String.format("5%02d", i), START));
    }
    Map<OdsCode, List<CommissionerSpan>> spans = new LinkedHashMap<>();
    while (spans.size() < practices) {
      // Two-character codes collide in their strings' hashes often (AO and B0, and so on).
      OdsCode code = OdsCode.of(random.nextBoolean()
          ? "" + symbol(random) + symbol(random)
          : String.format("%c%05d", (char) ('A' + random.nextInt(26)), random.nextInt(100_000)));
      List<CommissionerSpan> list = new ArrayList<>();
      LocalDate from = START.plusDays(random.nextInt(30));
      int count = 1 + random.nextInt(6);
      for (int s = 0; s < count; s++) {
        Organisation body = bodies.get(random.nextInt(bodies.size()));
        if (s == count - 1 && random.nextBoolean()) {
          list.add(new CommissionerSpan(Period.from(from), body));
        } else {
          LocalDate to = from.plusDays(random.nextInt(600));
          list.add(new CommissionerSpan(Period.of(from, to), body));
          from = to.plusDays(1 + (random.nextBoolean() ? 0 : random.nextInt(40)));
        }
      }
      spans.putIfAbsent(code, list);
    }
    return spans;
  }

  private static char symbol(SplittableRandom random) {
    return "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(random.nextInt(36));
  }

  private static @Nullable Organisation search(@Nullable List<CommissionerSpan> spans, int day) {
    if (spans == null) {
      return null;
    }
    for (CommissionerSpan span : spans) {
      if (span.period().contains(LocalDate.ofEpochDay(day))) {
        return span.commissioner();
      }
    }
    return null;
  }

  private static Organisation body(String code, LocalDate opened) {
    return Organisation.of(OdsCode.of(code), "Body " + code, OrganisationKind.PRIMARY_CARE_TRUST,
        opened);
  }
}
