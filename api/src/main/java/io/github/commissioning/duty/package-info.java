/**
 * Who commissions what for whom: {@link io.github.commissioning.duty.CommissioningFunction
 * functions}, {@link io.github.commissioning.duty.Population populations} (registered lists, the
 * residents and the unregistered of an {@link io.github.commissioning.duty.Area area}),
 * {@link io.github.commissioning.duty.Duty duties} and their
 * {@link io.github.commissioning.duty.DutyAssignment assignment} to an accountable body.
 */
@NullMarked
package io.github.commissioning.duty;

import org.jspecify.annotations.NullMarked;
