/**
 * Time as the NHS keeps it: inclusive {@link io.github.commissioning.time.Period periods} of days
 * and April-to-March {@link io.github.commissioning.time.FinancialYear financial years}.
 */
@NullMarked
package io.github.commissioning.time;

import org.jspecify.annotations.NullMarked;
