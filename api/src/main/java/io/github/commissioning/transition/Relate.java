package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.Relationship;
import java.time.LocalDate;

/**
 * Starts a relationship between two open bodies, such as a consortium becoming accountable to
 * the national board.
 *
 * @param date the first day of the relationship
 * @param relationship the relationship, starting on {@code date}
 */
public record Relate(LocalDate date, Relationship relationship) implements Transition {

  /** Creates the transition, checking the relationship starts on its date. */
  public Relate {
    checkNotNull(date, "date");
    checkNotNull(relationship, "relationship");
    Arguments.startOn(java.util.List.of(relationship), relationship.from(), date);
  }

  /**
   * Obtains the start of a relationship on its own first day.
   *
   * @param relationship the relationship
   * @return the transition
   */
  public static Relate of(Relationship relationship) {
    checkNotNull(relationship, "relationship");
    return new Relate(relationship.period().start(), relationship);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.relate(this);
  }
}
