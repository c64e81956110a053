/**
 * A bad-input soak: a runner that feeds many generated inputs through entry points, bounds the
 * time of each call and tallies what each call did by outcome class, failing on any outcome an
 * entry point does not document. See {@link io.github.commissioning.testkit.soak.Soak}.
 */
@NullMarked
package io.github.commissioning.testkit.soak;

import org.jspecify.annotations.NullMarked;
