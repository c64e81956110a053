package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class LineageTest {
  private static final LocalDate WAVE_2006 = LocalDate.of(2006, 10, 1);
  private static final OdsCode A = OdsCode.of("5DD");
  private static final OdsCode B = OdsCode.of("5NG");
  private static final OdsCode C = OdsCode.of("5NH");
  private static final OdsCode D = OdsCode.of("00V");

  /** 5DD splits in two in 2006; one half is absorbed by a CCG in 2013. */
  private final Lineage lineage = Lineage.of(List.of(
      new Succession(A, B, WAVE_2006, Share.of(1, 4), false),
      new Succession(A, C, WAVE_2006, Share.of(3, 4), false),
      Succession.of(B, D, LocalDate.of(2013, 4, 1))));

  private static BiPredicate<OdsCode, LocalDate> currentAfter(Set<OdsCode> gone) {
    return (code, date) -> !gone.contains(code);
  }

  @Test
  void immediateAndTransitiveNeighbours() {
    assertEquals(List.of(B, C), lineage.successorsOf(A).stream().map(Succession::successor).toList());
    assertEquals(ImmutableSet.of(B, C, D), lineage.descendantsOf(A));
    assertEquals(ImmutableSet.of(B, A), lineage.ancestorsOf(D));
    assertTrue(lineage.predecessorsOf(A).isEmpty());
  }

  @Test
  void carriersFollowSuccessorsEffectiveByTheDateAndMultiplyShares() {
    BiPredicate<OdsCode, LocalDate> current = (code, date) -> !code.equals(A)
        && !(code.equals(B) && !date.isBefore(LocalDate.of(2013, 4, 1)));
    assertEquals(ImmutableMap.of(A, Share.WHOLE), lineage.carriersOn(A, LocalDate.of(2005, 1, 1),
        (code, date) -> true));
    assertEquals(ImmutableMap.of(B, Share.of(1, 4), C, Share.of(3, 4)),
        lineage.carriersOn(A, LocalDate.of(2010, 1, 1), current));
    assertEquals(ImmutableMap.of(C, Share.of(3, 4), D, Share.of(1, 4)),
        lineage.carriersOn(A, LocalDate.of(2014, 1, 1), current));
  }

  @Test
  void aBodyWithASuccessorThatIsStillOpenCarriesItself() {
    // Hub 13W kept going after edges to 14J and 14K in 2016.
    OdsCode hub = OdsCode.of("13W");
    Lineage edges = Lineage.of(List.of(Succession.of(hub, OdsCode.of("14J"), LocalDate.of(2016, 4, 1)),
        Succession.of(hub, OdsCode.of("14K"), LocalDate.of(2016, 4, 1))));
    assertEquals(ImmutableMap.of(hub, Share.WHOLE), edges.carriersOn(hub, LocalDate.of(2017, 1, 1),
        (code, date) -> true));
  }

  @Test
  void recodesBackToAnOldCodeAndDeepChainsTerminate() {
    List<Succession> edges = new ArrayList<>();
    OdsCode first = OdsCode.of("TAM");
    OdsCode second = OdsCode.of("5QW");
    edges.add(new Succession(first, second, LocalDate.of(2011, 4, 15), Share.WHOLE, true));
    edges.add(new Succession(second, first, LocalDate.of(2012, 4, 1), Share.WHOLE, true));
    for (int i = 0; i < 100_000; i++) {
      edges.add(Succession.of(OdsCode.of("C" + i), OdsCode.of("C" + (i + 1)), LocalDate.of(2000, 1, 1)
          .plusDays(i % 5000)));
    }
    Lineage deep = Lineage.of(edges);
    assertEquals(ImmutableSet.of(second), deep.descendantsOf(first));
    assertEquals(100_000, deep.descendantsOf(OdsCode.of("C0")).size());
    assertEquals(ImmutableMap.of(), deep.carriersOn(first, LocalDate.of(2013, 1, 1),
        currentAfter(Set.of(first, second))));
    assertEquals(ImmutableMap.of(OdsCode.of("C100000"), Share.WHOLE), deep.carriersOn(OdsCode.of("C0"),
        LocalDate.of(2030, 1, 1), (code, date) -> code.equals(OdsCode.of("C100000"))));
  }
}
