/**
 * Readers of the public extracts of NHS England's Organisation Data Service (ODS), the Office for
 * National Statistics (ONS) and the NHS Business Services Authority: each file format is a
 * {@link io.github.commissioning.model.ods.RecordFormat} in
 * {@link io.github.commissioning.model.ods.OdsFormats} that turns a file into typed, validated
 * records such as {@link io.github.commissioning.model.ods.MembershipRecord}.
 *
 * <p>Every rejected record is reported as a {@link io.github.commissioning.violation.Violation}
 * naming the file, the line, the field and the offending value; a strict read throws an
 * {@link io.github.commissioning.model.ods.ImportException} at the first, a lenient read returns
 * an {@link io.github.commissioning.model.ods.ImportResult} holding every good record and every
 * problem.
 */
@NullMarked
package io.github.commissioning.model.ods;

import org.jspecify.annotations.NullMarked;
