package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;

/**
 * One line of NHSBSA's count of the patients registered with each practice, by age and sex.
 *
 * <p>NHSBSA writes the commissioner as a five-character PCO code, the CCG's code followed by
 * {@code 00} (such as {@code 5P200}); {@link #commissioner()} gives the CCG's own code.
 *
 * <p>Read with {@link OdsFormats#LIST_SIZES_2013}. This class is immutable and thread-safe.
 *
 * @param practice the practice's code
 * @param practiceName the practice's name
 * @param region the regional office's code
 * @param areaTeam the area team's code
 * @param pco the commissioner as NHSBSA writes it: a three-character code followed by {@code 00}
 * @param patients the registered patients by age band and sex
 */
public record ListSizeRecord(OdsCode practice, String practiceName, OdsCode region,
    OdsCode areaTeam, OdsCode pco, RegisteredPatients patients) {

  /**
   * Creates a record.
   *
   * @throws IllegalArgumentException if {@code pco} is not five characters ending {@code 00}
   */
  public ListSizeRecord {
    checkNotNull(practice, "practice");
    checkNotNull(practiceName, "practiceName");
    checkNotNull(region, "region");
    checkNotNull(areaTeam, "areaTeam");
    checkNotNull(pco, "pco");
    checkNotNull(patients, "patients");
    checkArgument(isNhsbsaPco(pco.value()), "An NHSBSA PCO code is a code of three characters"
        + " followed by 00, not %s", pco);
  }

  static boolean isNhsbsaPco(String code) {
    return code.length() == 5 && code.endsWith("00");
  }

  /**
   * Returns the commissioner's own code, without NHSBSA's suffix.
   *
   * @return the first three characters of {@link #pco()}, such as {@code 5P2}
   */
  public OdsCode commissioner() {
    return OdsCode.of(pco.value().substring(0, 3));
  }
}
