package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;

/**
 * Gives a body a new name; its code and everything it holds stay.
 *
 * @param date the first day of the new name
 * @param body the body
 * @param name the new name, not blank
 */
public record Rename(LocalDate date, OdsCode body, String name) implements Transition {

  /** Creates the transition, checking the name is not blank. */
  public Rename {
    checkNotNull(date, "date");
    checkNotNull(body, "body");
    checkNotNull(name, "name");
    if (name.isBlank()) {
      throw ViolationException.of(Invariant.CODE_FORMAT, "Renaming " + body
          + " needs a name that is not blank", body);
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.rename(this);
  }
}
