/**
 * The public ODS, ONS and NHSBSA extracts bundled with the library:
 * {@link io.github.commissioning.data.OdsExtracts}. Contains public sector information licensed
 * under the Open Government Licence v3.0.
 */
@NullMarked
package io.github.commissioning.data;

import org.jspecify.annotations.NullMarked;
