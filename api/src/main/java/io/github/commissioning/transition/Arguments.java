package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Collection;

/** Checks shared by the transitions' constructors. */
final class Arguments {
  private Arguments() {}

  static void distinct(OdsCode one, String oneName, OdsCode other, String otherName, String what) {
    checkNotNull(one, oneName);
    checkNotNull(other, otherName);
    if (one.equals(other)) {
      throw ViolationException.of(Invariant.STATE_MISMATCH, what + " names " + one + " twice", one);
    }
  }

  static void opensOn(Organisation body, LocalDate date) {
    checkNotNull(body, "body");
    checkNotNull(date, "date");
    if (!body.operational().start().equals(date)) {
      throw ViolationException.of(Invariant.DATE_OUTSIDE_LIFETIME, "New body " + body.code()
          + " must open on the date of the change, " + date + ", not " + body.operational().start(),
          body.code(), date);
    }
    if (!body.operational().isOpenEnded()) {
      throw ViolationException.of(Invariant.DATE_OUTSIDE_LIFETIME, "New body " + body.code()
          + " must not already have a closing date", body.code());
    }
  }

  static void startOn(Collection<Relationship> relationships, OdsCode body, LocalDate date) {
    for (Relationship relationship : relationships) {
      checkNotNull(relationship, "relationship");
      if (!relationship.from().equals(body) && !relationship.to().equals(body)) {
        throw ViolationException.of(Invariant.STATE_MISMATCH, "Relationship " + relationship
            + " does not involve the new body " + body, body, relationship.from(), relationship.to());
      }
      if (!relationship.period().start().equals(date) || !relationship.period().isOpenEnded()) {
        throw ViolationException.of(Invariant.NOT_IN_FORCE, "Relationship " + relationship
            + " must start on the date of the change, " + date, body, date);
      }
    }
  }

  static Money notNegative(Money amount, String name, String what) {
    checkNotNull(amount, name);
    if (amount.isNegative()) {
      throw ViolationException.of(Invariant.MONEY_NEGATIVE, what + " must not be negative: "
          + amount, amount);
    }
    return amount;
  }

  static <T> void notEmpty(Collection<T> items, String name, String what) {
    checkNotNull(items, name);
    if (items.isEmpty()) {
      throw ViolationException.of(Invariant.STATE_MISMATCH, what + " must not be empty", what);
    }
  }
}
