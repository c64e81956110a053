package io.github.commissioning.testkit.generator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.violation.Invariant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of organisation codes: valid codes of each kind, drawn from the kind's own
 * {@linkplain OrganisationKind#codeForm() form}, and invalid text paired with the violation it
 * must raise.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Codes {
  private Codes() {}

  /**
   * A text that is not a valid code, and the rule that refuses it.
   *
   * @param text the text
   * @param kind the kind it was meant for
   * @param expected the rule broken: always {@link Invariant#CODE_FORMAT}
   * @param reason why it is invalid, for reports
   */
  public record InvalidCode(String text, OrganisationKind kind, Invariant expected, String reason) {}

  /**
   * Returns a generator of codes of the given kind's form; the simplest is the form's first
   * alternative with every character at the start of its class.
   *
   * @param kind the kind
   * @return the generator
   */
  public static Gen<OdsCode> valid(OrganisationKind kind) {
    checkNotNull(kind, "kind");
    ImmutableList<ImmutableList<Slot>> form = parse(kind.codeForm());
    return source -> OdsCode.of(generate(source, form.get(source.drawInt(form.size() - 1))));
  }

  /**
   * Returns a generator of codes of any kind, with the kind.
   *
   * @return the generator of kinds and codes
   */
  public static Gen<KindAndCode> anyKind() {
    return Gen.elements(OrganisationKind.values())
        .flatMap(kind -> valid(kind).map(code -> new KindAndCode(kind, code)));
  }

  /**
   * A kind and a code of its form.
   *
   * @param kind the kind
   * @param code the code
   */
  public record KindAndCode(OrganisationKind kind, OdsCode code) {}

  /**
   * Returns a generator of texts that are not codes of the given kind: malformed in general
   * (empty, too long, lower case, punctuation) or well formed but of another kind's form.
   *
   * @param kind the kind the text is meant for
   * @return the generator
   */
  public static Gen<InvalidCode> invalid(OrganisationKind kind) {
    checkNotNull(kind, "kind");
    Gen<InvalidCode> malformed = Gen.oneOf(
        Gen.constant(new InvalidCode("", kind, Invariant.CODE_FORMAT, "empty")),
        valid(kind).map(code -> new InvalidCode(code.value() + "0000000000".substring(0,
            OdsCode.MAX_LENGTH + 1 - code.value().length()), kind, Invariant.CODE_FORMAT, "too long")),
        valid(kind).filter(code -> code.value().matches(".*[A-Z].*"), 100)
            .map(code -> new InvalidCode(code.value().toLowerCase(java.util.Locale.ROOT), kind,
                Invariant.CODE_FORMAT, "lower case")),
        valid(kind).flatMap(code -> Gen.elements("-", " ", ".", "/", "\u00e9")
            .map(junk -> new InvalidCode(code.value().substring(0, 1) + junk + code.value().substring(1),
                kind, Invariant.CODE_FORMAT, "punctuation"))));
    Gen<InvalidCode> otherForm = anyKind().filter(other -> !kind.accepts(other.code()), 1000)
        .map(other -> new InvalidCode(other.code().value(), kind, Invariant.CODE_FORMAT,
            "a " + other.kind() + " code"));
    return Gen.oneOf(malformed, otherForm);
  }

  // ---- a generator for the small regular-expression language the code forms use ------------

  /** One position of a code: the characters allowed there, and how many times it repeats. */
  private record Slot(String characters, int min, int max) {}

  private static String generate(Source source, List<Slot> alternative) {
    StringBuilder code = new StringBuilder();
    for (Slot slot : alternative) {
      int count = slot.min() + source.drawInt(slot.max() - slot.min());
      for (int i = 0; i < count; i++) {
        code.append(slot.characters().charAt(source.drawInt(slot.characters().length() - 1)));
      }
    }
    return code.toString();
  }

  /** Parses alternatives of literals and classes such as {@code [A-Z0-9]}, each with {n} or {n,m}. */
  static ImmutableList<ImmutableList<Slot>> parse(String form) {
    ImmutableList.Builder<ImmutableList<Slot>> alternatives = ImmutableList.builder();
    for (String alternative : form.split("\\|")) {
      List<Slot> slots = new ArrayList<>();
      int i = 0;
      while (i < alternative.length()) {
        String characters;
        if (alternative.charAt(i) == '[') {
          int close = alternative.indexOf(']', i);
          checkArgument(close > i, "unclosed class in %s", form);
          characters = expand(alternative.substring(i + 1, close));
          i = close + 1;
        } else {
          characters = String.valueOf(alternative.charAt(i));
          i++;
        }
        int min = 1;
        int max = 1;
        if (i < alternative.length() && alternative.charAt(i) == '{') {
          int close = alternative.indexOf('}', i);
          String[] bounds = alternative.substring(i + 1, close).split(",");
          min = Integer.parseInt(bounds[0]);
          max = bounds.length > 1 ? Integer.parseInt(bounds[1]) : min;
          i = close + 1;
        }
        slots.add(new Slot(characters, min, max));
      }
      alternatives.add(ImmutableList.copyOf(slots));
    }
    return alternatives.build();
  }

  private static String expand(String ranges) {
    StringBuilder characters = new StringBuilder();
    for (int i = 0; i < ranges.length(); i++) {
      if (i + 2 < ranges.length() && ranges.charAt(i + 1) == '-') {
        for (char c = ranges.charAt(i); c <= ranges.charAt(i + 2); c++) {
          characters.append(c);
        }
        i += 2;
      } else {
        characters.append(ranges.charAt(i));
      }
    }
    return characters.toString();
  }
}
