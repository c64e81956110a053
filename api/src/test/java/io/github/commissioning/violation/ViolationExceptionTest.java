package io.github.commissioning.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationExceptionTest {

  private static List<Violation> violations(int count) {
    List<Violation> list = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      list.add(Violation.of(Invariant.CODE_DUPLICATE, "Code C" + i + " is used twice", "C" + i));
    }
    return list;
  }

  @Test
  void ofOneViolation() {
    ViolationException e = ViolationException.of(Invariant.CODE_FORMAT, "ODS code 'x' is bad", "x");
    assertEquals("CODE_FORMAT: ODS code 'x' is bad", e.getMessage());
    assertEquals(List.of(Violation.of(Invariant.CODE_FORMAT, "ODS code 'x' is bad", "x")),
        e.violations());
    assertTrue(e.violates(Invariant.CODE_FORMAT));
    assertFalse(e.violates(Invariant.CODE_DUPLICATE));
    assertInstanceOf(IllegalArgumentException.class, e);
  }

  @Test
  void constructorWithOneViolation() {
    ViolationException e = new ViolationException(
        List.of(Violation.of("MAX_LIST_SIZE", "List of A81001 is too long", "A81001")));
    assertEquals("MAX_LIST_SIZE: List of A81001 is too long", e.getMessage());
    assertFalse(e.violates(Invariant.CODE_FORMAT));
  }

  @Test
  void messageListsSeveralViolations() {
    ViolationException e = new ViolationException(List.of(
        Violation.of(Invariant.CODE_FORMAT, "first", "a"),
        Violation.of(Invariant.COVERAGE_GAP, "second", "b"),
        Violation.of("POLICY", "third")));
    assertEquals("3 violations:\n  CODE_FORMAT: first\n  COVERAGE_GAP: second\n  POLICY: third",
        e.getMessage());
    assertTrue(e.getMessage().startsWith("3 violations:"));
    assertTrue(e.violates(Invariant.CODE_FORMAT));
    assertTrue(e.violates(Invariant.COVERAGE_GAP));
    assertFalse(e.violates(Invariant.COVERAGE_OVERLAP));
    assertEquals(3, e.violations().size());
  }

  @Test
  void messageListsExactlyTwentyWithoutATail() {
    ViolationException e = new ViolationException(violations(20));
    String message = e.getMessage();
    assertTrue(message.startsWith("20 violations:\n"));
    assertTrue(message.endsWith("\n  CODE_DUPLICATE: Code C20 is used twice"), message);
    assertFalse(message.contains("more (see violations())"));
    assertEquals(21, message.split("\n").length);
  }

  @Test
  void messageListsAtMostTwentyThenSaysHowManyMore() {
    List<Violation> all = violations(25);
    ViolationException e = new ViolationException(all);
    String message = e.getMessage();
    String[] lines = message.split("\n");
    assertEquals(22, lines.length);
    assertEquals("25 violations:", lines[0]);
    for (int i = 1; i <= 20; i++) {
      assertEquals("  CODE_DUPLICATE: Code C" + i + " is used twice", lines[i]);
    }
    assertEquals("  ... and 5 more (see violations())", lines[21]);
    assertFalse(message.contains("Code C21 "));
    assertEquals(all, e.violations());
  }

  @Test
  void messageForTwentyOneViolations() {
    String message = new ViolationException(violations(21)).getMessage();
    assertTrue(message.startsWith("21 violations:\n"));
    assertTrue(message.endsWith("\n  CODE_DUPLICATE: Code C20 is used twice\n"
        + "  ... and 1 more (see violations())"), message);
  }

  @Test
  void violationsReturnsAllInOrderAndCannotBeChanged() {
    List<Violation> all = violations(100);
    ViolationException e = new ViolationException(all);
    assertEquals(all, e.violations());
    assertThrows(UnsupportedOperationException.class,
        () -> e.violations().add(Violation.of("X", "x")));
    assertEquals(100, e.violations().size());
  }

  @Test
  void copiesTheGivenViolations() {
    List<Violation> list = violations(2);
    ViolationException e = new ViolationException(list);
    list.clear();
    assertEquals(violations(2), e.violations());
  }

  @Test
  void refusesNoViolations() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ViolationException(List.of()));
    assertSame(IllegalArgumentException.class, e.getClass());
    assertEquals("A violation exception needs at least one violation", e.getMessage());
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> new ViolationException(null));
    assertThrows(NullPointerException.class,
        () -> new ViolationException(java.util.Arrays.asList(Violation.of("X", "x"), null)));
    assertThrows(NullPointerException.class, () -> ViolationException.of(null, "m"));
  }

  @Test
  void serializableRoundTrip() throws Exception {
    ViolationException original = new ViolationException(violations(22));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }
    ViolationException copy = assertInstanceOf(ViolationException.class, read);
    assertEquals(original.getMessage(), copy.getMessage());
    assertEquals(original.violations(), copy.violations());
    assertTrue(copy.violates(Invariant.CODE_DUPLICATE));
  }
}
