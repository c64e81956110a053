/**
 * Assertions for test authors: {@link io.github.commissioning.testkit.assertion.LandscapeAssert
 * landscapes}, {@link io.github.commissioning.testkit.assertion.AppliedAssert what a change did}
 * and {@link io.github.commissioning.testkit.assertion.ViolationAssertions refusals}, failing
 * with messages that show what was found instead.
 */
@NullMarked
package io.github.commissioning.testkit.assertion;

import org.jspecify.annotations.NullMarked;
