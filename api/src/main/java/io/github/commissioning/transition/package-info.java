/**
 * Changes to the commissioning system: the sealed family of
 * {@link io.github.commissioning.transition.Transition transitions}, their
 * {@link io.github.commissioning.transition.Effect effects}, and
 * {@link io.github.commissioning.transition.Reorganisation reorganisations} that group them.
 */
@NullMarked
package io.github.commissioning.transition;

import org.jspecify.annotations.NullMarked;
