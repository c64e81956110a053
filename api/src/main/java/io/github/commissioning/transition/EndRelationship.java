package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.RelationshipType;
import java.time.LocalDate;

/**
 * Ends a relationship in force, such as a trust's accountability to its SHA.
 *
 * @param date the first day without the relationship
 * @param type the relationship's type
 * @param from the dependent body
 * @param to the body depended on
 */
public record EndRelationship(LocalDate date, RelationshipType type, OdsCode from, OdsCode to)
    implements Transition {

  /** Creates the transition. */
  public EndRelationship {
    checkNotNull(date, "date");
    checkNotNull(type, "type");
    Arguments.distinct(from, "from", to, "to", "Ending " + type + " between " + from + " and " + to);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.endRelationship(this);
  }
}
