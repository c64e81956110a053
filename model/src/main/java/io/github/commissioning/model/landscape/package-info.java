/**
 * Landscapes that are always sound: the reference implementation of the api's
 * {@link io.github.commissioning.landscape.Landscape},
 * {@link io.github.commissioning.model.landscape.LandscapeSnapshot}.
 */
@NullMarked
package io.github.commissioning.model.landscape;

import org.jspecify.annotations.NullMarked;
