package io.github.commissioning.organisation;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.violation.Invariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OdsCodeTest {

  private static String malformed(String value) {
    return "ODS code '" + value + "' is malformed: it must be 1 to 9 capital letters or digits";
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q30", "5QG", "TAP", "A81001", "00C", "X2C4Y", "QHM", "4QP36", "X",
      "7", "E08000021"})
  void ofAcceptsCanonicalCodes(String value) {
    OdsCode code = OdsCode.of(value);
    assertEquals(value, code.value());
    assertEquals(value, code.toString());
    assertEquals(code, new OdsCode(value));
  }

  @Test
  void maxLengthIsNine() {
    assertEquals(9, OdsCode.MAX_LENGTH);
    assertEquals("123456789", OdsCode.of("123456789").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5qg", "a81001", "", "ABCDEFGHIJ", "1234567890", "5Q-G", "5Q.G", "5Q G",
      " 5QG", "5QG ", "\"5QG\"", "5QG!", "É12", "Q3_0"})
  void ofRejectsMalformedCodes(String value) {
    assertViolation(() -> OdsCode.of(value), Invariant.CODE_FORMAT, malformed(value), value);
  }

  @Test
  void constructorRejectsLikeOf() {
    assertViolation(() -> new OdsCode("5qg"), Invariant.CODE_FORMAT, malformed("5qg"), "5qg");
  }

  @Test
  void ofRejectsTenCharacters() {
    assertViolation(() -> OdsCode.of("E080000210"), Invariant.CODE_FORMAT,
        "ODS code 'E080000210' is malformed: it must be 1 to 9 capital letters or digits",
        "E080000210");
  }

  @Test
  void ofRejectsEmpty() {
    assertViolation(() -> OdsCode.of(""), Invariant.CODE_FORMAT,
        "ODS code '' is malformed: it must be 1 to 9 capital letters or digits", "");
  }

  @Test
  void ofRejectsNull() {
    assertThrows(NullPointerException.class, () -> OdsCode.of(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "5QG|5QG",
      "' 5QG '|5QG",
      "5qg|5QG",
      "' 5qg'|5QG",
      "\"5QG\"|5QG",
      "'  \"5qg\"  '|5QG",
      "'\" a81001 \"'|A81001",
      "x2c4y|X2C4Y"})
  void parseTrimsStripsQuotesAndUpperCases(String text, String expected) {
    assertEquals(OdsCode.of(expected), OdsCode.parse(text));
  }

  @Test
  void parseStripsTabsAndNewlines() {
    assertEquals(OdsCode.of("00C"), OdsCode.parse("\t00c\n"));
  }

  @Test
  void parseStripsOnlyOnePairOfQuotes() {
    // what remains after one pair of quotes still has quotes, so it is malformed
    assertViolation(() -> OdsCode.parse("\"\"5QG\"\""), Invariant.CODE_FORMAT,
        malformed("\"5QG\""), "\"5QG\"");
  }

  @Test
  void parseRejectsEmptyAfterTrimming() {
    assertViolation(() -> OdsCode.parse("   "), Invariant.CODE_FORMAT, malformed(""), "");
    assertViolation(() -> OdsCode.parse("\"\""), Invariant.CODE_FORMAT, malformed(""), "");
    assertViolation(() -> OdsCode.parse("\" \""), Invariant.CODE_FORMAT, malformed(""), "");
  }

  @Test
  void parseDoesNotTurnNonAsciiLettersIntoCodes() {
    // Upper-casing first would turn the German sharp s into "SS" and a dotless i into "I".
    assertViolation(() -> OdsCode.parse("5\u00df"), Invariant.CODE_FORMAT, malformed("5\u00df"),
        "5\u00df");
    assertViolation(() -> OdsCode.parse("\u0131AB"), Invariant.CODE_FORMAT, malformed("\u0131AB"),
        "\u0131AB");
  }

  @Test
  void parseRejectsUnbalancedQuote() {
    assertViolation(() -> OdsCode.parse("\"5QG"), Invariant.CODE_FORMAT, malformed("\"5QG"),
        "\"5QG");
    assertViolation(() -> OdsCode.parse("\""), Invariant.CODE_FORMAT, malformed("\""), "\"");
  }

  @Test
  void parseReportsTheTrimmedTextAsWrittenWhenMalformed() {
    assertViolation(() -> OdsCode.parse(" 5q-g "), Invariant.CODE_FORMAT, malformed("5q-g"),
        "5q-g");
    assertViolation(() -> OdsCode.parse("abcdefghij"), Invariant.CODE_FORMAT,
        malformed("abcdefghij"), "abcdefghij");
  }

  @Test
  void parseRejectsNull() {
    assertThrows(NullPointerException.class, () -> OdsCode.parse(null));
  }

  @Test
  void parseAcceptsAnyCharSequence() {
    assertEquals(OdsCode.of("5QG"), OdsCode.parse(new StringBuilder(" 5qg ")));
  }

  @Test
  void comparesByValue() {
    assertTrue(OdsCode.of("00C").compareTo(OdsCode.of("5QG")) < 0);
    assertTrue(OdsCode.of("Q30").compareTo(OdsCode.of("5QG")) > 0);
    assertEquals(0, OdsCode.of("5QG").compareTo(OdsCode.parse("5qg")));
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(OdsCode.of("5QG"), OdsCode.parse("\"5qg\""));
    assertEquals(OdsCode.of("5QG").hashCode(), OdsCode.parse("5qg").hashCode());
    assertNotEquals(OdsCode.of("5QG"), OdsCode.of("5QH"));
  }
}
