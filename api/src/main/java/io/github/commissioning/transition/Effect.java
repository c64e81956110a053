package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.time.FinancialYear;
import java.util.List;
import java.util.Optional;

/**
 * One thing a transition did: a body opened or closed, a duty, member, contract or sum of money
 * moved from one body to another. The effects of a change say exactly what moved, from whom, to
 * whom, so that reports never have to compare landscapes.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Effect permits Effect.Opened, Effect.Closed, Effect.Succeeded,
    Effect.Renamed, Effect.KindChanged, Effect.DutyMoved, Effect.DutyEnded, Effect.DelegationChanged,
    Effect.MembershipChanged, Effect.RelationshipStarted, Effect.RelationshipEnded,
    Effect.MoneyMoved, Effect.AccountingOfficerChanged, Effect.ContractChanged,
    Effect.RunningCostChanged, Effect.PolicyChanged {

  /**
   * Returns the effects of one kind from a list of effects.
   *
   * @param effects the effects
   * @param type the kind of effect, such as {@code Effect.DutyMoved.class}
   * @param <E> the kind
   * @return those effects, in order
   */
  static <E extends Effect> ImmutableList<E> ofKind(List<? extends Effect> effects, Class<E> type) {
    checkNotNull(effects, "effects");
    checkNotNull(type, "type");
    return effects.stream().filter(type::isInstance).map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A body opened.
   *
   * @param body its code
   * @param kind its kind
   */
  record Opened(OdsCode body, OrganisationKind kind) implements Effect {}

  /**
   * A body closed.
   *
   * @param body its code
   * @param kind its kind
   */
  record Closed(OdsCode body, OrganisationKind kind) implements Effect {}

  /**
   * A body succeeded another, taking the given share of what it held (lineage).
   *
   * @param predecessor the earlier body
   * @param successor the later body
   * @param share the share of the predecessor's money it took
   * @param recode true if the successor is the same body under a new code
   */
  record Succeeded(OdsCode predecessor, OdsCode successor, Share share, boolean recode)
      implements Effect {}

  /**
   * A body was renamed.
   *
   * @param body its code
   * @param from the old name
   * @param to the new name
   */
  record Renamed(OdsCode body, String from, String to) implements Effect {}

  /**
   * A body changed kind, as an NHS trust becoming a foundation trust.
   *
   * @param body its code
   * @param from the old kind
   * @param to the new kind
   */
  record KindChanged(OdsCode body, OrganisationKind from, OrganisationKind to) implements Effect {}

  /**
   * Accountability for a duty moved.
   *
   * @param duty the duty
   * @param from the body that held it
   * @param to the body that holds it now
   */
  record DutyMoved(Duty duty, OdsCode from, OdsCode to) implements Effect {}

  /**
   * A duty ended because its population no longer exists: the list of a practice that closed,
   * whose patients its successor's list now holds.
   *
   * @param duty the duty
   * @param holder the body that held it
   */
  record DutyEnded(Duty duty, OdsCode holder) implements Effect {}

  /**
   * The delegate of a duty changed.
   *
   * @param duty the duty
   * @param from the old delegate, if any
   * @param to the new delegate, if any
   */
  record DelegationChanged(Duty duty, Optional<OdsCode> from, Optional<OdsCode> to)
      implements Effect {}

  /**
   * A practice's membership moved.
   *
   * @param member the practice
   * @param from the body it left, if any
   * @param to the body it joined, if any
   */
  record MembershipChanged(OdsCode member, Optional<OdsCode> from, Optional<OdsCode> to)
      implements Effect {}

  /**
   * A relationship started.
   *
   * @param relationship the relationship
   */
  record RelationshipStarted(Relationship relationship) implements Effect {}

  /**
   * A relationship ended.
   *
   * @param relationship the relationship, with its last day
   */
  record RelationshipEnded(Relationship relationship) implements Effect {}

  /**
   * Money moved between budgets: from no one when it is newly allocated, to no one when it leaves
   * commissioning.
   *
   * @param from the body it left, if any
   * @param to the body it reached, if any
   * @param year the budgets' year
   * @param ringFence the ring-fence of the budget it reached (or left, if it reached no one)
   * @param funding cash or indicative
   * @param amount the amount, not negative
   */
  record MoneyMoved(Optional<OdsCode> from, Optional<OdsCode> to, FinancialYear year,
      RingFence ringFence, Funding funding, Money amount) implements Effect {
    /** Creates the effect, checking the amount is not negative. */
    public MoneyMoved {
      checkNotNull(amount, "amount");
      Arguments.notNegative(amount, "amount", "Money moved");
    }
  }

  /**
   * The body answering for a budget changed.
   *
   * @param holder the budget's holder
   * @param year the budget's year
   * @param from the old accounting officer body
   * @param to the new one
   */
  record AccountingOfficerChanged(OdsCode holder, FinancialYear year, OdsCode from, OdsCode to)
      implements Effect {}

  /**
   * A contract was signed, changed, moved to a successor or ended.
   *
   * @param before the contract before, if any
   * @param after the contract after, if any
   */
  record ContractChanged(Optional<Contract> before, Optional<Contract> after) implements Effect {}

  /**
   * A body's running costs changed.
   *
   * @param body the body
   * @param year the year
   * @param from the old amount
   * @param to the new amount
   */
  record RunningCostChanged(OdsCode body, FinancialYear year, Money from, Money to)
      implements Effect {}

  /**
   * The policy in force changed.
   *
   * @param from the old policy's name
   * @param to the new policy's name
   */
  record PolicyChanged(String from, String to) implements Effect {}
}
