/**
 * The testkit for test authors: {@link io.github.commissioning.testkit.LandscapeDraft drafts} of
 * landscapes, the {@link io.github.commissioning.testkit.LandscapeFactory factory} an
 * implementation supplies, fixtures, generators and the contract suite.
 */
@NullMarked
package io.github.commissioning.testkit;

import org.jspecify.annotations.NullMarked;
