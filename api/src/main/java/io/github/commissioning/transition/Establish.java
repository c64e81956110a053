package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import java.time.LocalDate;

/**
 * Establishes a new body, with the relationships it starts with (such as being part of its
 * strategic health authority).
 *
 * @param date the day the body opens
 * @param body the new body, opening on {@code date} with no closing date
 * @param relationships relationships from or to the new body, starting on {@code date}
 */
public record Establish(LocalDate date, Organisation body, ImmutableSet<Relationship> relationships)
    implements Transition {

  /** Creates the transition, checking the body and relationships start on its date. */
  public Establish {
    checkNotNull(date, "date");
    checkNotNull(relationships, "relationships");
    Arguments.opensOn(body, date);
    Arguments.startOn(relationships, body.code(), date);
  }

  /**
   * Obtains the establishment of a body opening on its own opening day.
   *
   * @param body the new body
   * @param relationships its first relationships
   * @return the transition
   */
  public static Establish of(Organisation body, Relationship... relationships) {
    checkNotNull(body, "body");
    return new Establish(body.operational().start(), body, ImmutableSet.copyOf(relationships));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.establish(this);
  }
}
