package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Population;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.util.Optional;

/**
 * One successor's part of a {@link Split}: the populations whose duties (and, for registered
 * lists, whose practices) it takes, and its share of the split body's money and contracts.
 *
 * @param successor the successor's code
 * @param established the successor if the split establishes it, or empty if it already exists
 * @param populations the populations it takes
 * @param share its share of the split body's budgets and contracts
 */
public record SplitPart(OdsCode successor, Optional<Organisation> established,
    ImmutableSet<Population> populations, Share share) {

  /** Creates the part, checking a new successor has the part's code. */
  public SplitPart {
    checkNotNull(successor, "successor");
    checkNotNull(established, "established");
    checkNotNull(populations, "populations");
    checkNotNull(share, "share");
    if (established.isPresent() && !established.get().code().equals(successor)) {
      throw ViolationException.of(Invariant.STATE_MISMATCH, "The new successor "
          + established.get().code() + " must have the part's code " + successor, successor);
    }
  }

  /**
   * Obtains a part for an existing successor.
   *
   * @param successor the successor
   * @param share its share
   * @param populations the populations it takes
   * @return the part
   */
  public static SplitPart to(OdsCode successor, Share share, Population... populations) {
    return new SplitPart(successor, Optional.empty(), ImmutableSet.copyOf(populations), share);
  }

  /**
   * Obtains a part for a successor the split establishes.
   *
   * @param successor the new body, opening on the split's date
   * @param share its share
   * @param populations the populations it takes
   * @return the part
   */
  public static SplitPart toNew(Organisation successor, Share share, Population... populations) {
    checkNotNull(successor, "successor");
    return new SplitPart(successor.code(), Optional.of(successor), ImmutableSet.copyOf(populations),
        share);
  }
}
