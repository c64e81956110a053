package io.github.commissioning.policy;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;

/**
 * One rule of a reform, beyond the structural invariants: a rule about what a landscape may look
 * like (checked after every change), about what a change may do (checked before it applies), or
 * both. The {@link #name()} is the code of the violations the rule reports.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface PolicyRule {
  /**
   * Returns the rule's stable name, the code its violations carry.
   *
   * @return a name such as {@code MERGERS_NEED_CONSENT}
   */
  String name();

  /**
   * Returns the ways a landscape breaks this rule.
   *
   * @param landscape the landscape
   * @return the violations, empty if the landscape keeps the rule
   */
  default ImmutableList<Violation> check(Landscape landscape) {
    return ImmutableList.of();
  }

  /**
   * Returns the ways a transition would break this rule if applied to a landscape.
   *
   * @param before the landscape the transition would apply to
   * @param transition the transition
   * @return the violations, empty if the transition keeps the rule
   */
  default ImmutableList<Violation> check(Landscape before, Transition transition) {
    return ImmutableList.of();
  }
}
