package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Merges bodies: either into a body established by the merger, or into an existing body that
 * absorbs them. The merging bodies close; everything they held passes to the merged body. The
 * bodies that consented are recorded, for policies under which mergers are voluntary.
 *
 * <p>A new merged body with no relationships given stands where the merging bodies stood: it
 * takes each single-parent relationship (part of, accountable to) that all of them share.
 *
 * @param date the first day of the merged body
 * @param merging the bodies that close into the merged body
 * @param into the code of the merged body
 * @param established the new merged body, or empty if {@code into} already exists (absorption)
 * @param relationships the new body's relationships, starting on {@code date}
 * @param consents the bodies that consented to the merger
 */
public record Merge(LocalDate date, ImmutableSet<OdsCode> merging, OdsCode into,
    Optional<Organisation> established, ImmutableSet<Relationship> relationships,
    ImmutableSet<OdsCode> consents) implements Transition {

  /** Creates the transition, checking the merger is well formed. */
  public Merge {
    checkNotNull(date, "date");
    checkNotNull(merging, "merging");
    checkNotNull(into, "into");
    checkNotNull(established, "established");
    checkNotNull(relationships, "relationships");
    checkNotNull(consents, "consents");
    int needed = established.isPresent() ? 2 : 1;
    if (merging.size() < needed) {
      throw ViolationException.of(Invariant.SUCCESSION, "A merger " + (established.isPresent()
          ? "into a new body needs at least two merging bodies" : "into " + into
          + " needs at least one body to absorb") + ", not " + merging, into);
    }
    if (merging.contains(into)) {
      throw ViolationException.of(Invariant.SUCCESSION, "Body " + into
          + " cannot both merge and be the body merged into", into);
    }
    if (established.isPresent()) {
      if (!established.get().code().equals(into)) {
        throw ViolationException.of(Invariant.STATE_MISMATCH, "The new body " + established.get().code()
            + " must have the merged code " + into, into, established.get().code());
      }
      Arguments.opensOn(established.get(), date);
    } else if (!relationships.isEmpty()) {
      throw ViolationException.of(Invariant.STATE_MISMATCH, "Absorption into existing body " + into
          + " cannot add relationships; use Relate", into);
    }
    Arguments.startOn(relationships, into, date);
    for (OdsCode consent : consents) {
      if (!merging.contains(consent) && !consent.equals(into)) {
        throw ViolationException.of(Invariant.STATE_MISMATCH, "Consent of " + consent
            + " is recorded, but it takes no part in the merger into " + into, consent);
      }
    }
  }

  /**
   * Obtains a merger of bodies into a new body, with no consents recorded.
   *
   * @param body the new merged body, opening on the merger's date
   * @param merging the bodies that close into it, at least two
   * @return the transition
   */
  public static Merge intoNew(Organisation body, OdsCode... merging) {
    checkNotNull(body, "body");
    return new Merge(body.operational().start(), ImmutableSet.copyOf(merging), body.code(),
        Optional.of(body), ImmutableSet.of(), ImmutableSet.of());
  }

  /**
   * Obtains the absorption of bodies into an existing body, with no consents recorded.
   *
   * @param date the first day of the merged body
   * @param existing the body that absorbs them
   * @param merging the bodies that close into it
   * @return the transition
   */
  public static Merge into(LocalDate date, OdsCode existing, OdsCode... merging) {
    return new Merge(date, ImmutableSet.copyOf(merging), existing, Optional.empty(),
        ImmutableSet.of(), ImmutableSet.of());
  }

  /**
   * Returns a copy recording the consent of the given bodies.
   *
   * @param bodies bodies taking part in the merger
   * @return the copy
   */
  public Merge withConsentOf(OdsCode... bodies) {
    return new Merge(date, merging, into, established, relationships, ImmutableSet.<OdsCode>builder()
        .addAll(consents).addAll(Arrays.asList(bodies)).build());
  }

  /**
   * Returns a copy recording the consent of every body taking part.
   *
   * @return the copy
   */
  public Merge withConsentOfAll() {
    ImmutableSet.Builder<OdsCode> all = ImmutableSet.<OdsCode>builder().addAll(merging);
    if (established.isEmpty()) {
      all.add(into);
    }
    return new Merge(date, merging, into, established, relationships, all.build());
  }

  /**
   * Returns a copy giving the new body the given relationships instead of inheriting them.
   *
   * @param newRelationships relationships of the new body, starting on the merger's date
   * @return the copy
   */
  public Merge withRelationships(Relationship... newRelationships) {
    return new Merge(date, merging, into, established, ImmutableSet.copyOf(newRelationships),
        consents);
  }

  /**
   * Returns the bodies whose consent a voluntary merger needs: every merging body and, for an
   * absorption, the absorbing body.
   *
   * @return the parties
   */
  public ImmutableSet<OdsCode> parties() {
    return established.isPresent() ? merging
        : ImmutableSet.<OdsCode>builder().addAll(merging).add(into).build();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.merge(this);
  }
}
