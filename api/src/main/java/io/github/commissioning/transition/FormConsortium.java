package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Forms a consortium, federation or practice-based commissioner from practices: the body is
 * established and the practices become its members (keeping their primary care organisation).
 *
 * @param date the day the body opens
 * @param consortium the new body: a {@code GP_CONSORTIUM}, {@code PRACTICE_FEDERATION} or
 *     {@code PRACTICE_BASED_COMMISSIONER}
 * @param practices the founding members, at least one
 * @param relationships the body's other relationships, such as accountable to the national board
 */
public record FormConsortium(LocalDate date, Organisation consortium, ImmutableSet<OdsCode> practices,
    ImmutableSet<Relationship> relationships) implements Transition {

  /** The kinds of body practices can form. */
  public static final Set<OrganisationKind> KINDS = EnumSet.of(OrganisationKind.GP_CONSORTIUM,
      OrganisationKind.PRACTICE_FEDERATION, OrganisationKind.PRACTICE_BASED_COMMISSIONER);

  /** Creates the transition, checking its arguments. */
  public FormConsortium {
    checkNotNull(date, "date");
    checkNotNull(consortium, "consortium");
    checkNotNull(relationships, "relationships");
    Arguments.opensOn(consortium, date);
    Arguments.notEmpty(practices, "practices", "The practices forming " + consortium.code());
    if (!KINDS.contains(consortium.kind())) {
      throw ViolationException.of(Invariant.RELATIONSHIP_KIND, "Practices cannot form a "
          + consortium.kind() + "; they form one of " + KINDS, consortium.code(), consortium.kind());
    }
    Arguments.startOn(relationships, consortium.code(), date);
  }

  /**
   * Obtains the formation of a consortium opening on its own opening day.
   *
   * @param consortium the new body
   * @param practices the founding members
   * @param relationships its other relationships
   * @return the transition
   */
  public static FormConsortium of(Organisation consortium, Iterable<OdsCode> practices,
      Relationship... relationships) {
    checkNotNull(consortium, "consortium");
    checkNotNull(practices, "practices");
    return new FormConsortium(consortium.operational().start(), consortium,
        ImmutableSet.copyOf(practices), ImmutableSet.copyOf(relationships));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.formConsortium(this);
  }
}
