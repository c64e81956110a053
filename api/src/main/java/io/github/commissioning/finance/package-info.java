/**
 * Money in the system: {@link io.github.commissioning.finance.Allocation budgets} (indicative or
 * cash, ring-fenced, with an accounting officer), {@link io.github.commissioning.finance.Contract
 * contracts} priced against the PbR tariff, and {@link io.github.commissioning.finance.RunningCost
 * running costs}.
 */
@NullMarked
package io.github.commissioning.finance;

import org.jspecify.annotations.NullMarked;
