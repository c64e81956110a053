/**
 * The structural invariants of a landscape, checked all at once:
 * {@link io.github.commissioning.model.invariant.StructuralInvariants}.
 */
@NullMarked
package io.github.commissioning.model.invariant;

import org.jspecify.annotations.NullMarked;
