package io.github.commissioning.organisation;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.commissioning.organisation.OrganisationKind.AREA_TEAM;
import static io.github.commissioning.organisation.OrganisationKind.CARE_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.CLINICAL_COMMISSIONING_GROUP;
import static io.github.commissioning.organisation.OrganisationKind.COMMISSIONING_HUB;
import static io.github.commissioning.organisation.OrganisationKind.COMMISSIONING_SUPPORT_UNIT;
import static io.github.commissioning.organisation.OrganisationKind.DEPARTMENT_OF_HEALTH;
import static io.github.commissioning.organisation.OrganisationKind.FOUNDATION_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.GP_CONSORTIUM;
import static io.github.commissioning.organisation.OrganisationKind.GP_PRACTICE;
import static io.github.commissioning.organisation.OrganisationKind.HEALTH_AUTHORITY;
import static io.github.commissioning.organisation.OrganisationKind.INTEGRATED_CARE_BOARD;
import static io.github.commissioning.organisation.OrganisationKind.LOCAL_AUTHORITY;
import static io.github.commissioning.organisation.OrganisationKind.NATIONAL_BOARD;
import static io.github.commissioning.organisation.OrganisationKind.NHS_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.PRACTICE_BASED_COMMISSIONER;
import static io.github.commissioning.organisation.OrganisationKind.PRACTICE_FEDERATION;
import static io.github.commissioning.organisation.OrganisationKind.PRESCRIBING_COST_CENTRE;
import static io.github.commissioning.organisation.OrganisationKind.PRIMARY_CARE_GROUP;
import static io.github.commissioning.organisation.OrganisationKind.PRIMARY_CARE_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.PRIVATE_COMMISSIONING_ORGANISATION;
import static io.github.commissioning.organisation.OrganisationKind.REGIONAL_OFFICE;
import static io.github.commissioning.organisation.OrganisationKind.STRATEGIC_COMMISSIONING_BODY;
import static io.github.commissioning.organisation.OrganisationKind.STRATEGIC_HEALTH_AUTHORITY;
import static io.github.commissioning.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static io.github.commissioning.organisation.OrganisationKind.SUSTAINABILITY_AND_TRANSFORMATION_PARTNERSHIP;
import static io.github.commissioning.organisation.OrganisationKind.WELSH_LOCAL_HEALTH_BOARD;

import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Sets;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The ways one organisation can stand to another, each allowing only certain kinds at each end.
 *
 * <p>A relationship points from the dependent body to the body it depends on: a practice is a
 * {@link #MEMBER_OF member of} its primary care trust, a primary care trust is {@link #PART_OF
 * part of} its strategic health authority. No type may form a cycle.
 */
public enum RelationshipType {
  /**
   * The body is a sub-division of another in the hierarchy (a PCT of its SHA, a sub-ICB location
   * of its ICB). A body is part of at most one other.
   */
  PART_OF(true),
  /**
   * A practice (or other cost centre) is a member of a primary care organisation, and may also be
   * a member of one consortium, federation or practice-based commissioner.
   */
  MEMBER_OF(false),
  /** The body answers to another for its performance. A body is accountable to at most one other. */
  ACCOUNTABLE_TO(true),
  /** A provider is commissioned by a commissioner. A provider may have many commissioners. */
  COMMISSIONED_BY(false),
  /** The body is hosted or supported by another, such as a CCG by a commissioning support unit. */
  HOSTED_BY(false);

  private static final ImmutableSetMultimap<RelationshipType, Link> ALLOWED = allowedLinks();

  private final boolean singleParent;

  RelationshipType(boolean singleParent) {
    this.singleParent = singleParent;
  }

  /**
   * Tells whether a body may stand in this relationship to at most one other at a time.
   *
   * @return true for {@link #PART_OF} and {@link #ACCOUNTABLE_TO}
   */
  public boolean singleParent() {
    return singleParent;
  }

  /**
   * Tells whether a body of one kind may stand in this relationship to a body of another kind.
   *
   * @param from the kind of the dependent body
   * @param to the kind of the body depended on
   * @return true if the relationship is allowed between those kinds
   */
  public boolean allows(OrganisationKind from, OrganisationKind to) {
    return ALLOWED.containsEntry(this, new Link(checkNotNull(from, "from"), checkNotNull(to, "to")));
  }

  /**
   * Checks that a body of one kind may stand in this relationship to a body of another kind.
   *
   * @param from the kind of the dependent body
   * @param to the kind of the body depended on
   * @throws ViolationException with {@link Invariant#RELATIONSHIP_KIND} if it may not
   */
  public void check(OrganisationKind from, OrganisationKind to) {
    if (!allows(from, to)) {
      throw ViolationException.of(Invariant.RELATIONSHIP_KIND,
          "A " + from + " cannot be " + this + " a " + to, this, from, to);
    }
  }

  /**
   * Returns the kinds a body of the given kind may stand in this relationship to.
   *
   * @param from the kind of the dependent body
   * @return the allowed kinds at the other end, possibly none
   */
  public Set<OrganisationKind> allowedTargets(OrganisationKind from) {
    checkNotNull(from, "from");
    EnumSet<OrganisationKind> targets = EnumSet.noneOf(OrganisationKind.class);
    for (Link link : ALLOWED.get(this)) {
      if (link.from == from) {
        targets.add(link.to);
      }
    }
    return Sets.immutableEnumSet(targets);
  }

  private record Link(OrganisationKind from, OrganisationKind to) {}

  private static ImmutableSetMultimap<RelationshipType, Link> allowedLinks() {
    ImmutableSetMultimap.Builder<RelationshipType, Link> links = ImmutableSetMultimap.builder();
    allow(links, PART_OF, HEALTH_AUTHORITY, DEPARTMENT_OF_HEALTH);
    allow(links, PART_OF, STRATEGIC_HEALTH_AUTHORITY, DEPARTMENT_OF_HEALTH);
    allow(links, PART_OF, NATIONAL_BOARD, DEPARTMENT_OF_HEALTH);
    allow(links, PART_OF, STRATEGIC_COMMISSIONING_BODY, DEPARTMENT_OF_HEALTH);
    allow(links, PART_OF, PRIMARY_CARE_GROUP, HEALTH_AUTHORITY);
    allow(links, PART_OF, PRIMARY_CARE_TRUST, HEALTH_AUTHORITY, STRATEGIC_HEALTH_AUTHORITY);
    allow(links, PART_OF, CARE_TRUST, HEALTH_AUTHORITY, STRATEGIC_HEALTH_AUTHORITY);
    allow(links, PART_OF, REGIONAL_OFFICE, NATIONAL_BOARD);
    allow(links, PART_OF, AREA_TEAM, REGIONAL_OFFICE);
    allow(links, PART_OF, SUB_ICB_LOCATION, INTEGRATED_CARE_BOARD);
    allow(links, PART_OF, SUSTAINABILITY_AND_TRANSFORMATION_PARTNERSHIP, REGIONAL_OFFICE);
    allow(links, PART_OF, INTEGRATED_CARE_BOARD, REGIONAL_OFFICE);
    allow(links, PART_OF, PRACTICE_BASED_COMMISSIONER,
        PRIMARY_CARE_TRUST, CARE_TRUST, PRACTICE_FEDERATION, GP_CONSORTIUM);

    for (OrganisationKind practice : EnumSet.of(GP_PRACTICE, PRESCRIBING_COST_CENTRE)) {
      allow(links, MEMBER_OF, practice, PRIMARY_CARE_GROUP, PRIMARY_CARE_TRUST, CARE_TRUST,
          CLINICAL_COMMISSIONING_GROUP, COMMISSIONING_HUB, SUB_ICB_LOCATION, WELSH_LOCAL_HEALTH_BOARD,
          PRACTICE_BASED_COMMISSIONER, PRACTICE_FEDERATION, GP_CONSORTIUM,
          STRATEGIC_COMMISSIONING_BODY);
    }

    allow(links, ACCOUNTABLE_TO, HEALTH_AUTHORITY, DEPARTMENT_OF_HEALTH);
    allow(links, ACCOUNTABLE_TO, STRATEGIC_HEALTH_AUTHORITY, DEPARTMENT_OF_HEALTH);
    allow(links, ACCOUNTABLE_TO, NATIONAL_BOARD, DEPARTMENT_OF_HEALTH);
    allow(links, ACCOUNTABLE_TO, STRATEGIC_COMMISSIONING_BODY, DEPARTMENT_OF_HEALTH);
    allow(links, ACCOUNTABLE_TO, PRIMARY_CARE_GROUP, HEALTH_AUTHORITY);
    allow(links, ACCOUNTABLE_TO, PRIMARY_CARE_TRUST, HEALTH_AUTHORITY, STRATEGIC_HEALTH_AUTHORITY);
    allow(links, ACCOUNTABLE_TO, CARE_TRUST, HEALTH_AUTHORITY, STRATEGIC_HEALTH_AUTHORITY);
    allow(links, ACCOUNTABLE_TO, NHS_TRUST, HEALTH_AUTHORITY, STRATEGIC_HEALTH_AUTHORITY,
        STRATEGIC_COMMISSIONING_BODY);
    allow(links, ACCOUNTABLE_TO, PRACTICE_BASED_COMMISSIONER, PRIMARY_CARE_TRUST, CARE_TRUST);
    allow(links, ACCOUNTABLE_TO, PRACTICE_FEDERATION, PRIMARY_CARE_TRUST, CARE_TRUST);
    allow(links, ACCOUNTABLE_TO, GP_CONSORTIUM, NATIONAL_BOARD, REGIONAL_OFFICE,
        PRIMARY_CARE_TRUST, CARE_TRUST, STRATEGIC_COMMISSIONING_BODY);
    allow(links, ACCOUNTABLE_TO, PRIVATE_COMMISSIONING_ORGANISATION,
        STRATEGIC_HEALTH_AUTHORITY, PRIMARY_CARE_TRUST, CARE_TRUST, STRATEGIC_COMMISSIONING_BODY);
    allow(links, ACCOUNTABLE_TO, CLINICAL_COMMISSIONING_GROUP, NATIONAL_BOARD, REGIONAL_OFFICE,
        AREA_TEAM);
    allow(links, ACCOUNTABLE_TO, REGIONAL_OFFICE, NATIONAL_BOARD);
    allow(links, ACCOUNTABLE_TO, AREA_TEAM, REGIONAL_OFFICE, NATIONAL_BOARD);
    allow(links, ACCOUNTABLE_TO, INTEGRATED_CARE_BOARD, NATIONAL_BOARD);

    EnumSet<OrganisationKind> commissioners = EnumSet.noneOf(OrganisationKind.class);
    for (OrganisationKind kind : OrganisationKind.values()) {
      if (kind.can(Capacity.HOLD_DUTIES) || kind.can(Capacity.TAKE_DELEGATION)) {
        commissioners.add(kind);
      }
    }
    for (OrganisationKind provider : OrganisationKind.values()) {
      if (provider.can(Capacity.PROVIDE_SERVICES)) {
        for (OrganisationKind commissioner : commissioners) {
          if (commissioner != provider) {
            links.put(COMMISSIONED_BY, new Link(provider, commissioner));
          }
        }
      }
    }

    for (OrganisationKind hosted : EnumSet.of(CLINICAL_COMMISSIONING_GROUP, COMMISSIONING_HUB,
        GP_CONSORTIUM, PRACTICE_FEDERATION, PRACTICE_BASED_COMMISSIONER, SUB_ICB_LOCATION,
        LOCAL_AUTHORITY)) {
      allow(links, HOSTED_BY, hosted, COMMISSIONING_SUPPORT_UNIT, PRIMARY_CARE_TRUST, CARE_TRUST,
          PRIVATE_COMMISSIONING_ORGANISATION);
    }
    return links.build();
  }

  private static void allow(ImmutableSetMultimap.Builder<RelationshipType, Link> links,
      RelationshipType type, OrganisationKind from, OrganisationKind... to) {
    for (OrganisationKind target : to) {
      links.put(type, new Link(from, target));
    }
  }
}
