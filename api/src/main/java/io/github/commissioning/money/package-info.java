/**
 * Exact money: {@link io.github.commissioning.money.Money} in whole pence, with arithmetic that
 * refuses to overflow.
 */
@NullMarked
package io.github.commissioning.money;

import org.jspecify.annotations.NullMarked;
