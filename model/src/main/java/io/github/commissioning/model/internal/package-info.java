/**
 * The model's own machinery, shared between its packages and not exported by its module: the
 * indexes that answer a landscape's queries ({@link LandscapeIndex}, built at once for a landscape
 * checked in full; {@link LandscapeStore}, which the engine changes part by part), and the
 * persistent maps and sets the store is made of, which share what a change leaves alone.
 */
@NullMarked
package io.github.commissioning.model.internal;

import org.jspecify.annotations.NullMarked;
