/**
 * A small property-based testing engine with integrated shrinking.
 *
 * <p>A {@link io.github.commissioning.testkit.property.Gen generator} is a plain function of a
 * {@link io.github.commissioning.testkit.property.Source}, which records every random choice it
 * makes as a bounded integer. A {@link io.github.commissioning.testkit.property.Property} runs a
 * property against generated values; when one fails, the engine shrinks the recorded
 * {@link io.github.commissioning.testkit.property.Choices choice sequence} rather than the value,
 * so every generator, however it was composed (with {@code map}, {@code flatMap},
 * {@code filter}), shrinks with no shrinker of its own, and every shrunk value is one the
 * generator could have produced. The failure is reported as a
 * {@link io.github.commissioning.testkit.property.PropertyFailure} naming the seed that replays it.
 *
 * <pre>{@code
 * Property.forAll(Gen.listOf(Gen.integers(0, 100), 0, 20))
 *     .checkThat(list -> list.stream().mapToInt(Integer::intValue).sum() < 100);
 * // PropertyFailure: ... shrunk counterexample [100] ...
 * }</pre>
 */
@NullMarked
package io.github.commissioning.testkit.property;

import org.jspecify.annotations.NullMarked;
