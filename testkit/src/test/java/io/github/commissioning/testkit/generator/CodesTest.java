package io.github.commissioning.testkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.property.Choices;
import io.github.commissioning.testkit.property.Property;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodesTest {
  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void validCodesAreAlwaysAcceptedByTheirKind(OrganisationKind kind) {
    Property.forAll(Codes.valid(kind)).withTries(1000)
        .checkThat(code -> kind.accepts(code) && kind.check(code).equals(code));
  }

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void invalidCodesAreAlwaysRefusedWithTheirRule(OrganisationKind kind) {
    Property.forAll(Codes.invalid(kind)).withTries(500).check(invalid -> {
      ViolationException refused = assertThrows(ViolationException.class,
          () -> kind.check(OdsCode.of(invalid.text())), invalid::toString);
      assertTrue(refused.violates(invalid.expected()), refused::getMessage);
      assertTrue(refused.violations().get(0).subjects().contains(invalid.text()), refused::getMessage);
    });
  }

  @Test
  void theSimplestCodeOfAKindIsTheStartOfItsForm() {
    assertEquals("A00000", Codes.valid(OrganisationKind.GP_PRACTICE)
        .generate(Source.replaying(Choices.of(), 0)).value());
    assertEquals("5AA", Codes.valid(OrganisationKind.PRIMARY_CARE_TRUST)
        .generate(Source.replaying(Choices.of(), 0)).value());
    assertEquals("00A", Codes.valid(OrganisationKind.CLINICAL_COMMISSIONING_GROUP)
        .generate(Source.replaying(Choices.of(), 0)).value());
  }

  @Test
  void everyInvalidReasonIsReached() {
    Set<String> reasons = new java.util.HashSet<>();
    Source source = Source.seeded(42L);
    for (int i = 0; i < 2000; i++) {
      reasons.add(Codes.invalid(OrganisationKind.PRIMARY_CARE_TRUST).generate(source).reason()
          .replaceAll("a [A-Z_]+ code", "another kind's code"));
    }
    assertEquals(Set.of("empty", "too long", "lower case", "punctuation", "another kind's code"), reasons);
  }

  @Test
  void everyKindIsReachedByAnyKind() {
    Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
    Source source = Source.seeded(7L);
    for (int i = 0; i < 5000; i++) {
      kinds.add(Codes.anyKind().generate(source).kind());
    }
    assertEquals(EnumSet.allOf(OrganisationKind.class), kinds);
    assertFalse(kinds.isEmpty());
  }
}
