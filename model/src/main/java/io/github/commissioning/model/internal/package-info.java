/**
 * The model's own machinery, shared between its packages and not exported by its module: indexes
 * that answer a landscape's queries.
 */
@NullMarked
package io.github.commissioning.model.internal;

import org.jspecify.annotations.NullMarked;
