/** Seeded generators of sound landscapes. */
@NullMarked
package io.github.commissioning.testkit.generator;

import org.jspecify.annotations.NullMarked;
