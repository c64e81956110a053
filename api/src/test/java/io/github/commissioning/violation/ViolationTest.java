package io.github.commissioning.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void ofInvariantUsesItsName() {
    Violation v = Violation.of(Invariant.CODE_DUPLICATE, "Code 5QG is used twice", "5QG");
    assertEquals("CODE_DUPLICATE", v.code());
    assertEquals(List.of("5QG"), v.subjects());
    assertEquals("Code 5QG is used twice", v.message());
    assertTrue(v.is(Invariant.CODE_DUPLICATE));
    assertFalse(v.is(Invariant.CODE_FORMAT));
  }

  @Test
  void ofCodeWritesSubjectsAsStrings() {
    Violation v = Violation.of("MAX_PRACTICES", "Too many", 42, null, Invariant.COVERAGE_GAP);
    assertEquals("MAX_PRACTICES", v.code());
    assertEquals(List.of("42", "null", "COVERAGE_GAP"), v.subjects());
    assertFalse(v.is(Invariant.COVERAGE_GAP));
  }

  @Test
  void ofWithoutSubjects() {
    Violation v = Violation.of(Invariant.COVERAGE_GAP, "Nobody holds it");
    assertEquals(List.of(), v.subjects());
  }

  @Test
  void ofListCopiesTheList() {
    List<String> subjects = new ArrayList<>(List.of("A81001", "5QG"));
    Violation v = Violation.of("POLICY", subjects, "A policy was broken");
    subjects.add("changed");
    assertEquals(List.of("A81001", "5QG"), v.subjects());
    assertEquals("POLICY", v.code());
    assertEquals("A policy was broken", v.message());
  }

  @Test
  void constructor() {
    Violation v = new Violation("X", ImmutableList.of("a"), "m");
    assertEquals(Violation.of("X", "m", "a"), v);
  }

  @Test
  void toStringIsCodeAndMessage() {
    assertEquals("CODE_FORMAT: ODS code 'x' is malformed",
        Violation.of(Invariant.CODE_FORMAT, "ODS code 'x' is malformed", "x").toString());
  }

  @Test
  void refusesBlankCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Violation.of(" ", "message"));
    assertSame(IllegalArgumentException.class, e.getClass());
    assertEquals("A violation's code must not be blank", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new Violation("", ImmutableList.of(), "message"));
  }

  @Test
  void refusesBlankMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Violation.of(Invariant.CODE_FORMAT, "\t"));
    assertSame(IllegalArgumentException.class, e.getClass());
    assertEquals("A violation's message must not be blank", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Violation.of("CODE", List.of(), ""));
  }

  @Test
  void refusesNulls() {
    assertEquals("code", assertThrows(NullPointerException.class,
        () -> new Violation(null, ImmutableList.of(), "m")).getMessage());
    assertEquals("subjects", assertThrows(NullPointerException.class,
        () -> new Violation("C", null, "m")).getMessage());
    assertEquals("message", assertThrows(NullPointerException.class,
        () -> new Violation("C", ImmutableList.of(), null)).getMessage());
    assertEquals("invariant", assertThrows(NullPointerException.class,
        () -> Violation.of((Invariant) null, "m")).getMessage());
    assertThrows(NullPointerException.class, () -> Violation.of("C", "m", (Object[]) null));
    assertThrows(NullPointerException.class, () -> Violation.of("C", (List<String>) null, "m"));
    assertThrows(NullPointerException.class,
        () -> Violation.of("C", java.util.Arrays.asList("a", null), "m"));
  }

  @Test
  void equalsAndHashCode() {
    Violation a = Violation.of(Invariant.CODE_FORMAT, "bad", "x", "y");
    Violation b = Violation.of("CODE_FORMAT", List.of("x", "y"), "bad");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Violation.of(Invariant.CODE_FORMAT, "bad", "y", "x"));
    assertNotEquals(a, Violation.of(Invariant.CODE_DUPLICATE, "bad", "x", "y"));
  }

  @Test
  void serializableRoundTrip() throws Exception {
    Violation v = Violation.of(Invariant.MONEY_NEGATIVE, "Negative", "5QG", "-£0.01");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(v);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(v, in.readObject());
    }
  }
}
