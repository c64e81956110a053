package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.policy.Policy;
import java.time.LocalDate;

/**
 * Puts a policy in force; from then on its rules are checked on every change.
 *
 * @param date the first day of the policy
 * @param policy the policy
 */
public record ChangePolicy(LocalDate date, Policy policy) implements Transition {

  /** Creates the transition. */
  public ChangePolicy {
    checkNotNull(date, "date");
    checkNotNull(policy, "policy");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.changePolicy(this);
  }
}
