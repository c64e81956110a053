package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.util.Optional;

/**
 * A body or area as the ONS lists and lookups name it: its ONS code, its ODS code where the file
 * gives one, and its name.
 *
 * <p>Read on its own from the ONS lists, such as {@link OdsFormats#PCOS_2012}, and as part of
 * {@link OnsLookupRecord} and {@link PostcodeShareRecord}. This class is immutable and
 * thread-safe.
 *
 * @param onsCode the ONS code, such as {@code E16000001}
 * @param odsCode the ODS code, such as {@code 5A3}, if the file gives it
 * @param name the name, never blank
 */
public record OnsBody(OdsCode onsCode, Optional<OdsCode> odsCode, String name) {

  /**
   * Creates a body.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public OnsBody {
    checkNotNull(onsCode, "onsCode");
    checkNotNull(odsCode, "odsCode");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "The name of %s must not be blank", onsCode);
  }
}
