package io.github.commissioning.organisation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;

/**
 * A dated relationship from one organisation to another, such as practice {@code A81001} being a
 * member of primary care trust {@code 5E1} from 2001-04-01.
 *
 * <p>Whether the kinds at each end are allowed is checked by the landscape that holds the
 * relationship, which knows the kinds; this value checks only that it does not point at itself.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type how {@code from} stands to {@code to}
 * @param from the dependent body, such as the practice
 * @param to the body depended on, such as the primary care trust
 * @param period the days the relationship was in force
 */
public record Relationship(RelationshipType type, OdsCode from, OdsCode to, Period period) {

  /**
   * Creates a relationship, checking that it does not join a body to itself.
   *
   * @throws ViolationException with {@link Invariant#RELATIONSHIP_CYCLE} if {@code from} equals
   *     {@code to}
   */
  public Relationship {
    checkNotNull(type, "type");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(period, "period");
    if (from.equals(to)) {
      throw ViolationException.of(Invariant.RELATIONSHIP_CYCLE,
          "Organisation " + from + " cannot be " + type + " itself", from, type);
    }
  }

  /**
   * Obtains a relationship in force from a day onwards.
   *
   * @param type how {@code from} stands to {@code to}
   * @param from the dependent body
   * @param to the body depended on
   * @param since the first day it was in force
   * @return the relationship
   */
  public static Relationship of(RelationshipType type, OdsCode from, OdsCode to, LocalDate since) {
    return new Relationship(type, from, to, Period.from(since));
  }

  /**
   * Returns a copy of this relationship that ended on the given day.
   *
   * @param lastDay the last day it was in force
   * @return the ended relationship
   */
  public Relationship endedOn(LocalDate lastDay) {
    return new Relationship(type, from, to, period.withEnd(lastDay));
  }

  @Override
  public String toString() {
    return from + " " + type + " " + to + " (" + period + ")";
  }
}
