/**
 * The contract suite (a TCK): JUnit 5 tests that any implementation of the api runs against
 * itself by extending {@link io.github.commissioning.testkit.contract.LandscapeContract} and
 * supplying a factory.
 */
@NullMarked
package io.github.commissioning.testkit.contract;

import org.jspecify.annotations.NullMarked;
