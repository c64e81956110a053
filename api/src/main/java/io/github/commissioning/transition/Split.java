package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.Population;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Splits a body between successors: it closes, each population it served goes to exactly one
 * successor with its duties and practices, and its budgets and contracts are apportioned by
 * shares that add up to exactly one (to the penny, largest remainders first).
 *
 * <p>A successor the split establishes stands where the split body stood: it takes the split
 * body's single-parent relationships (part of, accountable to).
 *
 * @param date the first day of the successors
 * @param body the body that splits
 * @param parts the successors' parts, at least two
 */
public record Split(LocalDate date, OdsCode body, ImmutableList<SplitPart> parts)
    implements Transition {

  /** Creates the transition, checking the parts are distinct and the shares whole. */
  public Split {
    checkNotNull(date, "date");
    checkNotNull(body, "body");
    checkNotNull(parts, "parts");
    if (parts.size() < 2) {
      throw ViolationException.of(Invariant.SUCCESSION, "Splitting " + body
          + " needs at least two successors, not " + parts.size(), body);
    }
    Set<OdsCode> successors = new HashSet<>();
    Set<Population> populations = new HashSet<>();
    for (SplitPart part : parts) {
      if (part.successor().equals(body) || !successors.add(part.successor())) {
        throw ViolationException.of(Invariant.SUCCESSION, "Splitting " + body + " names successor "
            + part.successor() + " twice or as itself", body, part.successor());
      }
      part.established().ifPresent(established -> Arguments.opensOn(established, date));
      for (Population population : part.populations()) {
        if (!populations.add(population)) {
          throw ViolationException.of(Invariant.SUCCESSION, "Splitting " + body + " gives the "
              + population + " to more than one successor", body, population.key());
        }
      }
    }
    ImmutableList<Share> shares = parts.stream().map(SplitPart::share)
        .collect(ImmutableList.toImmutableList());
    if (!Share.sumToWhole(shares)) {
      throw ViolationException.of(Invariant.SHARES_NOT_WHOLE, "Splitting " + body + ": the shares "
          + shares + " must add up to exactly one", body, shares);
    }
  }

  /**
   * Obtains a split.
   *
   * @param date the first day of the successors
   * @param body the body that splits
   * @param parts the successors' parts
   * @return the transition
   */
  public static Split of(LocalDate date, OdsCode body, SplitPart... parts) {
    return new Split(date, body, ImmutableList.copyOf(parts));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.split(this);
  }
}
