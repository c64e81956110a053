/**
 * The commissioning system over time: {@link io.github.commissioning.model.history.History} with
 * point-in-time queries, and the {@link io.github.commissioning.model.history.Lineage} of codes.
 */
@NullMarked
package io.github.commissioning.model.history;

import org.jspecify.annotations.NullMarked;
