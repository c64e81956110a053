/**
 * The rules of a regime beyond the structural invariants:
 * {@link io.github.commissioning.policy.Policy} and its
 * {@link io.github.commissioning.policy.PolicyRule rules}.
 */
@NullMarked
package io.github.commissioning.policy;

import org.jspecify.annotations.NullMarked;
