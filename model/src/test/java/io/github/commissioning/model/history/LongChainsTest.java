package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Lineage and history queries on chains far longer than any real one, and on codes recoded back
 * to old ones, run on a thread with a small stack: they must walk iteratively, end, and answer.
 */
class LongChainsTest {
  private static final int LENGTH = 100_000;
  private static final LocalDate FIRST = LocalDate.of(1700, 1, 1);
  /** A stack far smaller than the default, on which recursion a hundred thousand deep fails. */
  private static final long SMALL_STACK = 256 * 1024;

  /** Codes K00000, K00001, ... L00000, ...: distinct, and of a consortium's form. */
  private static OdsCode code(int i) {
    return OdsCode.of((char) ('K' + i / 100_000) + String.format("%05d", i % 100_000));
  }

  /** Runs a call on a thread with a small stack, within a minute, and returns its answer. */
  private static <T> T onSmallStack(Callable<T> call) {
    return assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
      AtomicReference<Object> outcome = new AtomicReference<>();
      Thread thread = new Thread(null, () -> {
        try {
          outcome.set(call.call());
        } catch (Throwable thrown) {
          outcome.set(thrown);
        }
      }, "small stack", SMALL_STACK);
      thread.start();
      thread.join();
      if (outcome.get() instanceof Throwable thrown) {
        throw new AssertionError("failed on a small stack: " + thrown, thrown);
      }
      @SuppressWarnings("unchecked")
      T answer = (T) outcome.get();
      return answer;
    });
  }

  @Test
  void aHundredThousandRecodesInARowAreWalkedWithoutRecursion() {
    List<Succession> chain = new ArrayList<>();
    for (int i = 0; i < LENGTH; i++) {
      chain.add(new Succession(code(i), code(i + 1), FIRST.plusDays(i + 1), Share.WHOLE, true));
    }
    Lineage lineage = Lineage.of(chain);
    OdsCode last = code(LENGTH);
    LocalDate end = FIRST.plusDays(LENGTH);
    assertEquals(LENGTH, onSmallStack(() -> lineage.descendantsOf(code(0)).size()));
    assertEquals(LENGTH, onSmallStack(() -> lineage.ancestorsOf(last).size()));
    assertEquals(Map.of(last, Share.WHOLE), onSmallStack(() -> lineage.carriersOn(code(0), end,
        (code, day) -> code.equals(last))));
    // Halfway along, the code of that day carries it.
    assertEquals(Map.of(code(LENGTH / 2), Share.WHOLE), onSmallStack(() -> lineage.carriersOn(
        code(0), FIRST.plusDays(LENGTH / 2), (code, day) -> code.equals(code(LENGTH / 2)))));
  }

  @Test
  void aCodeRecodedBackToAnOldOneEndsWithoutLoopingForever() {
    OdsCode a = OdsCode.of("5QA");
    OdsCode b = OdsCode.of("5QB");
    Lineage lineage = Lineage.of(List.of(
        new Succession(a, b, LocalDate.of(2001, 4, 1), Share.WHOLE, true),
        new Succession(b, a, LocalDate.of(2002, 4, 1), Share.WHOLE, true),
        new Succession(a, b, LocalDate.of(2003, 4, 1), Share.WHOLE, true)));
    assertEquals(List.of(b), List.copyOf(lineage.descendantsOf(a)));
    assertEquals(List.of(b), List.copyOf(lineage.ancestorsOf(a)));
    // No one current: the trail goes round and round, and ends empty.
    assertEquals(Map.of(), onSmallStack(() -> lineage.carriersOn(a, LocalDate.of(2004, 1, 1),
        (code, day) -> false)));
    // A is current again in 2002; B from 2003.
    assertEquals(Map.of(a, Share.WHOLE), lineage.carriersOn(b, LocalDate.of(2002, 6, 1),
        (code, day) -> code.equals(a)));
    assertEquals(Map.of(b, Share.WHOLE), lineage.carriersOn(a, LocalDate.of(2004, 1, 1),
        (code, day) -> code.equals(b)));
  }

  @Test
  void aRingOfAHundredThousandCodesWithNoneCurrentEndsEmpty() {
    List<Succession> ring = new ArrayList<>();
    LocalDate day = LocalDate.of(2013, 4, 1);
    for (int i = 0; i < LENGTH; i++) {
      ring.add(new Succession(code(i), code((i + 1) % LENGTH), day, Share.WHOLE, true));
    }
    Lineage lineage = Lineage.of(ring);
    assertEquals(Map.of(), onSmallStack(() -> lineage.carriersOn(code(0), day,
        (code, on) -> false)));
    assertEquals(LENGTH - 1, onSmallStack(() -> lineage.descendantsOf(code(0)).size()));
  }

  @Test
  void aHundredThousandMergersInARowIndexIntoAHistory() {
    OdsCode practice = OdsCode.of("A00001");
    List<Transition> changes = new ArrayList<>();
    changes.add(Establish.of(consortium(0)));
    changes.add(Establish.of(Organisation.of(practice, "Practice", OrganisationKind.GP_PRACTICE,
        FIRST), Relationship.of(RelationshipType.MEMBER_OF, practice, code(0), FIRST)));
    for (int i = 1; i <= LENGTH; i++) {
      changes.add(Establish.of(consortium(i)));
      changes.add(Merge.into(FIRST.plusDays(i), code(i), code(i - 1)));
    }
    List<Violation> problems = new ArrayList<>();
    History history = onSmallStack(() -> History.index(changes, problems::add));
    assertEquals(List.of(), problems);
    LocalDate end = FIRST.plusDays(LENGTH);
    assertEquals(code(LENGTH), history.membershipOn(practice, end).orElseThrow().parent());
    assertEquals(code(LENGTH / 3), history.membershipOn(practice, FIRST.plusDays(LENGTH / 3))
        .orElseThrow().parent());
    assertEquals(LENGTH + 1, history.memberships(practice).size());
    assertEquals(LENGTH, onSmallStack(() -> history.lineage().descendantsOf(code(0)).size()));
    assertEquals(Map.of(code(LENGTH), Share.WHOLE), onSmallStack(() -> history.lineage()
        .carriersOn(code(0), end, (code, day) -> history.organisation(code, day).isPresent())));
    assertEquals(1, history.count(OrganisationKind.GP_CONSORTIUM, end));
  }

  private static Organisation consortium(int i) {
    return Organisation.of(code(i), "Consortium " + i, OrganisationKind.GP_CONSORTIUM,
        FIRST.plusDays(i));
  }
}
