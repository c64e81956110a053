package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One line of an ONS lookup from a body to the body above it, such as a PCT to its SHA or a
 * sub-ICB location to its ICB, and to the one above that where the lookup goes further (the
 * commissioning region of a 2013 area team).
 *
 * <p>Read with {@link OdsFormats#PCO_TO_SHA_2012}, {@link OdsFormats#CCG_TO_AREA_TEAM_2013},
 * {@link OdsFormats#CCG_TO_STP_2021} and {@link OdsFormats#SUB_ICB_TO_ICB_2022}. This class is
 * immutable and thread-safe.
 *
 * @param child the body looked up
 * @param parent the body above it
 * @param grandparent the body above the parent, if the lookup names one
 */
public record OnsLookupRecord(OnsBody child, OnsBody parent, Optional<OnsBody> grandparent) {

  /** Creates a record. */
  public OnsLookupRecord {
    checkNotNull(child, "child");
    checkNotNull(parent, "parent");
    checkNotNull(grandparent, "grandparent");
  }
}
