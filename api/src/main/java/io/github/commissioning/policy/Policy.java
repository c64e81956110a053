package io.github.commissioning.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;

/**
 * The rules of a regime, such as the 2009 opposition plan or the 2010 white paper, checked on
 * landscapes and transitions on top of the structural invariants. A landscape carries the policy
 * in force; a transition can change it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the policy's name, such as {@code "2010 white paper"}
 * @param rules the rules, each with a distinct name
 */
public record Policy(String name, ImmutableList<PolicyRule> rules) {
  /** No rules beyond the structural invariants. */
  public static final Policy NONE = new Policy("none", ImmutableList.of());

  /**
   * Creates a policy, checking the name is not blank and the rule names are distinct.
   *
   * @throws ViolationException with {@link Invariant#CODE_DUPLICATE} if two rules share a name,
   *     or {@link Invariant#CODE_FORMAT} if the name is blank
   */
  public Policy {
    checkNotNull(name, "name");
    checkNotNull(rules, "rules");
    if (name.isBlank()) {
      throw ViolationException.of(Invariant.CODE_FORMAT, "A policy's name must not be blank", name);
    }
    long distinct = rules.stream().map(PolicyRule::name).distinct().count();
    if (distinct != rules.size()) {
      throw ViolationException.of(Invariant.CODE_DUPLICATE, "Policy '" + name
          + "' names a rule more than once: " + rules.stream().map(PolicyRule::name).toList(), name);
    }
  }

  /**
   * Obtains a policy.
   *
   * @param name the policy's name
   * @param rules its rules
   * @return the policy
   */
  public static Policy of(String name, PolicyRule... rules) {
    return new Policy(name, ImmutableList.copyOf(rules));
  }

  /**
   * Returns a copy of this policy with one more rule.
   *
   * @param rule the rule to add, whose name the policy does not yet use
   * @return the extended policy
   */
  public Policy with(PolicyRule rule) {
    return new Policy(name, ImmutableList.<PolicyRule>builder().addAll(rules).add(rule).build());
  }

  /**
   * Returns a copy of this policy without the named rule.
   *
   * @param ruleName the name of the rule to drop
   * @return the reduced policy, or this one if it has no such rule
   */
  public Policy without(String ruleName) {
    return new Policy(name, rules.stream().filter(r -> !r.name().equals(ruleName))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Tells whether the policy has a rule of the given name.
   *
   * @param ruleName the rule's name
   * @return true if one of the rules has it
   */
  public boolean has(String ruleName) {
    return rules.stream().anyMatch(r -> r.name().equals(ruleName));
  }

  /**
   * Returns every way a landscape breaks this policy.
   *
   * @param landscape the landscape
   * @return the violations of every rule
   */
  public ImmutableList<Violation> check(Landscape landscape) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (PolicyRule rule : rules) {
      violations.addAll(rule.check(landscape));
    }
    return violations.build();
  }

  /**
   * Returns every way a transition would break this policy.
   *
   * @param before the landscape the transition would apply to
   * @param transition the transition
   * @return the violations of every rule
   */
  public ImmutableList<Violation> check(Landscape before, Transition transition) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (PolicyRule rule : rules) {
      violations.addAll(rule.check(before, transition));
    }
    return violations.build();
  }

  @Override
  public String toString() {
    return name + " " + rules.stream().map(PolicyRule::name).toList();
  }
}
