/**
 * The rules of the seed reforms: {@link io.github.commissioning.model.policy.ReformRule} and the
 * named {@link io.github.commissioning.model.policy.Policies}.
 */
@NullMarked
package io.github.commissioning.model.policy;

import org.jspecify.annotations.NullMarked;
