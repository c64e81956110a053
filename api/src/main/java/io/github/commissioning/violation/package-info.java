/**
 * Broken rules as values: the {@link io.github.commissioning.violation.Invariant} catalogue of
 * structural rules, the {@link io.github.commissioning.violation.Violation} that names one broken
 * rule and its offending values, and the
 * {@link io.github.commissioning.violation.ViolationException} that carries them all.
 */
@NullMarked
package io.github.commissioning.violation;

import org.jspecify.annotations.NullMarked;
