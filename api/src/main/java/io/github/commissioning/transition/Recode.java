package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Gives a body a new code, and possibly a new kind, as when care trust {@code TAM} became primary
 * care trust {@code 5QW} in 2011: the same body, holding the same things and standing in the same
 * relationships, under a code that must fit its kind. The old code closes and the new one opens,
 * linked so that lineage can follow it.
 *
 * @param date the first day of the new code
 * @param from the old code
 * @param to the new code, not yet used
 * @param kind the body's new kind, or empty to keep its kind
 */
public record Recode(LocalDate date, OdsCode from, OdsCode to, Optional<OrganisationKind> kind)
    implements Transition {

  /** Creates the transition, checking the codes differ. */
  public Recode {
    checkNotNull(date, "date");
    checkNotNull(kind, "kind");
    Arguments.distinct(from, "from", to, "to", "Recoding " + from + " as " + to);
  }

  /**
   * Creates a recoding that keeps the body's kind.
   *
   * @param date the first day of the new code
   * @param from the old code
   * @param to the new code
   */
  public Recode(LocalDate date, OdsCode from, OdsCode to) {
    this(date, from, to, Optional.empty());
  }

  /**
   * Obtains a recoding that also changes the body's kind.
   *
   * @param date the first day of the new code
   * @param from the old code
   * @param to the new code, of the new kind's form
   * @param kind the new kind
   * @return the transition
   */
  public static Recode asKind(LocalDate date, OdsCode from, OdsCode to, OrganisationKind kind) {
    return new Recode(date, from, to, Optional.of(checkNotNull(kind, "kind")));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.recode(this);
  }
}
