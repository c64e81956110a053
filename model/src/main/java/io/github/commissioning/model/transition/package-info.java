/**
 * Applying changes: {@link io.github.commissioning.model.transition.TransitionEngine} carries out
 * transitions and reorganisations, purely and all or nothing.
 */
@NullMarked
package io.github.commissioning.model.transition;

import org.jspecify.annotations.NullMarked;
