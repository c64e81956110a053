package io.github.commissioning.model.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Practices cut into consortia within their trust: each trust's share of the national target,
 * rounded and at least one, then runs of neighbouring codes of equal size but the last.
 */
class ConsortiaTest {
  private final England2010 england = MiniEngland.england();

  /** Each group as its code and practices, such as "C5P52 [C20003]". */
  private List<String> groups(int target) {
    return Consortia.of(england, target).stream()
        .map(g -> g.code() + " " + g.practices()).toList();
  }

  @Test
  void aTargetOfTenSplitsOnlyTheTrustWithThreePractices() {
    // 17 practices: 5P5's 3 are 30/17 = 1.8 consortia, rounded to 2, so runs of 2 and 1; the
    // two trusts with 2 practices get 20/17, rounded to 1; the others 10/17, also 1.
    assertEquals(List.of("C5A11 [C10001]", "C5A41 [A10001, A10002]", "C5A51 [A20001]",
        "C5A71 [A30001]", "C5A81 [A40001]", "C5A91 [A50001]", "C5AT1 [A60001]",
        "C5C11 [A70001]", "C5C21 [A80001]", "C5D71 [B10001, B10002]",
        "C5P51 [C20001, C20002]", "C5P52 [C20003]", "C5QA1 [C30001]", "CTAC1 [B20001]"),
        groups(10));
  }

  @Test
  void everyTrustHasAtLeastOneConsortiumHoweverSmallItsShare() {
    // 5/17 of a consortium for each single practice rounds to none; 15/17 for 5P5 to one.
    assertEquals(List.of("C5A11 [C10001]", "C5A41 [A10001, A10002]", "C5A51 [A20001]",
        "C5A71 [A30001]", "C5A81 [A40001]", "C5A91 [A50001]", "C5AT1 [A60001]",
        "C5C11 [A70001]", "C5C21 [A80001]", "C5D71 [B10001, B10002]",
        "C5P51 [C20001, C20002, C20003]", "C5QA1 [C30001]", "CTAC1 [B20001]"), groups(5));
  }

  @Test
  void aTargetAboveThePracticesGivesEachPracticeItsOwn() {
    List<String> each = groups(WhitePaperPlan.CONSORTIA);
    assertEquals(17, each.size());
    assertEquals(List.of("C5P51 [C20001]", "C5P52 [C20002]", "C5P53 [C20003]"),
        each.subList(12, 15));
  }

  @Test
  void aConsortiumIsNamedAndCodedForItsTrustAndNumber() {
    Consortia.Group second = Consortia.of(england, 10).get(11);
    assertEquals(MiniEngland.SURREY, second.pco());
    assertEquals(2, second.number());
    assertEquals(OdsCode.of("C5P52"), second.code());
    LocalDate day = LocalDate.of(2010, 7, 12);
    assertEquals(Organisation.of(OdsCode.of("C5P52"), "GP consortium 2 of Surrey",
        OrganisationKind.GP_CONSORTIUM, day), second.body(england, day));
  }
}
