/**
 * The read-only view of the commissioning system on one date: the
 * {@link io.github.commissioning.landscape.Landscape}.
 */
@NullMarked
package io.github.commissioning.landscape;

import org.jspecify.annotations.NullMarked;
