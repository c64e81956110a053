package io.github.commissioning.model.invariant;

import io.github.commissioning.duty.Area;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.violation.Invariant;
import java.util.HashSet;
import java.util.Set;

/**
 * Invariant 1: every organisation's and area's code is unique and well formed, and no
 * organisation opens after the date.
 */
final class CodeRules {
  private CodeRules() {}

  static void check(Findings findings) {
    Set<String> areas = new HashSet<>();
    for (Area area : findings.landscape().areas()) {
      if (!areas.add(area.code())) {
        findings.add(Invariant.CODE_DUPLICATE, "Area code " + area.code()
            + " is used by more than one area", area.code());
      }
    }
    Set<OdsCode> seen = new HashSet<>();
    for (Organisation organisation : findings.landscape().organisations()) {
      if (!seen.add(organisation.code())) {
        findings.add(Invariant.CODE_DUPLICATE, "Code " + organisation.code()
            + " is used by more than one organisation", organisation.code());
      }
      if (!organisation.kind().accepts(organisation.code())) {
        findings.add(Invariant.CODE_FORMAT, "Code " + organisation.code() + " is not a code of a "
            + organisation.kind(), organisation.code(), organisation.kind());
      }
      if (organisation.operational().start().isAfter(findings.date())) {
        findings.add(Invariant.DATE_OUTSIDE_LIFETIME, "Organisation " + organisation.code()
            + " opens on " + organisation.operational().start() + ", after the landscape's date "
            + findings.date(), organisation.code(), organisation.operational().start());
      }
    }
  }
}
