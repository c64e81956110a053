package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Gives a body a new code, as when care trust {@code TAM} became primary care trust {@code 5QW}
 * in 2011: the same body, holding the same things, under a code that must fit its kind. The body
 * under the old code closes and the new code opens, linked so that lineage can follow it.
 *
 * @param date the first day of the new code
 * @param from the old code
 * @param to the new code, not yet used
 */
public record Recode(LocalDate date, OdsCode from, OdsCode to) implements Transition {

  /** Creates the transition, checking the codes differ. */
  public Recode {
    checkNotNull(date, "date");
    Arguments.distinct(from, to, "Recoding " + from + " as " + to);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.recode(this);
  }
}
