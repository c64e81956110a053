package io.github.commissioning.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The public extracts bundled with the library, from NHS Digital's Organisation Data Service, the
 * Office for National Statistics and the NHS Business Services Authority, each under its original
 * file name (see {@code SOURCES.md} beside them for what each holds).
 *
 * <p>Contains public sector information licensed under the Open Government Licence v3.0.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OdsExtracts {
  /** Membership history of practices and other prescribing cost centres, 1999 to August 2019. */
  public static final String MEMBERSHIP = "epcmem_2019-08-30.csv";
  /** Successor records of every organisation type, 1992 to October 2022. */
  public static final String SUCCESSORS = "ods_succ_plus_succarc_2022-10.csv";
  /** Successions stated in the ODS XML full file of September 2023. */
  public static final String SUCCESSORS_2023 = "ods_successors_full_xml_2023-09.csv";
  /** Every CCG, commissioning hub and sub-ICB location since 2013, as of 2024-25. */
  public static final String CCGS = "eccg_2024-25.csv";
  /** GP practices and prescribing cost centres, August 2019. */
  public static final String PRACTICES_2019 = "epraccur_2019-08-30.csv";
  /** GP practices and prescribing cost centres, February 2023. */
  public static final String PRACTICES_2023 = "epraccur_2023-02-28.csv";
  /** The ten strategic health authorities of 2012. */
  public static final String SHAS_2012 = "ons_sha_2012.csv";
  /** The 151 primary care organisations of 2012. */
  public static final String PCOS_2012 = "ons_pco_2012.csv";
  /** Primary care organisations to strategic health authorities, 2012. */
  public static final String PCO_TO_SHA_2012 = "ons_pco12_sha12_lookup.csv";
  /** The 211 CCGs of April 2013. */
  public static final String CCGS_2013 = "ons_ccg_apr_2013.csv";
  /** CCGs to area teams and commissioning regions, 2013. */
  public static final String CCG_TO_AREA_TEAM_2013 = "ons_ccg13_at13_cr13_lookup.csv";
  /** The area teams of the NHS Commissioning Board, 2013 (ONS codes). */
  public static final String AREA_TEAMS_2013 = "ons_nhsat_apr_2013.csv";
  /** The area teams of 2013 with their ODS codes. */
  public static final String AREA_TEAM_CODES_2013 = "op_area_teams_2013.csv";
  /** How each PCT's postcodes split across the 2013 CCGs. */
  public static final String PCT_TO_CCG_2013 = "pct_to_ccg_2013_pcd_percent.csv";
  /** The 106 CCGs of 2021 to their 42 STPs. */
  public static final String CCG_TO_STP_2021 = "ons_ccg21_to_stp21.csv";
  /** The 106 sub-ICB locations of 2022 to their 42 ICBs. */
  public static final String SUB_ICB_TO_ICB_2022 = "ons_sicbl22_to_icb22.csv";
  /** The 42 ICBs' names and codes. */
  public static final String ICBS_2024 = "ons_icb_names_codes_dec_2024.csv";
  /** NHS England regions and local offices, November 2018. */
  public static final String AUTHORITIES_2018 = "eauth_2018-11.csv";
  /** Registered patients per practice by age and sex, April to June 2013. */
  public static final String LIST_SIZES_2013 = "bsa_list_size_2013_04-06.csv";
  /** ODS role and relationship code lists, September 2023. */
  public static final String CONCEPTS_2023 = "ods_concepts_2023-09.json";

  private static final List<String> NAMES = List.of(MEMBERSHIP, SUCCESSORS, SUCCESSORS_2023, CCGS,
      PRACTICES_2019, PRACTICES_2023, SHAS_2012, PCOS_2012, PCO_TO_SHA_2012, CCGS_2013,
      CCG_TO_AREA_TEAM_2013, AREA_TEAMS_2013, AREA_TEAM_CODES_2013, PCT_TO_CCG_2013,
      CCG_TO_STP_2021, SUB_ICB_TO_ICB_2022, ICBS_2024, AUTHORITIES_2018, LIST_SIZES_2013,
      CONCEPTS_2023);

  private OdsExtracts() {}

  /**
   * Returns the names of every bundled extract.
   *
   * @return the file names, as published
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Opens a bundled extract, decompressed. The caller closes the stream.
   *
   * @param name the file name, one of {@link #names()}
   * @return the file's bytes as published
   * @throws IllegalArgumentException if no extract has that name
   * @throws UncheckedIOException if the bundled copy cannot be read
   */
  public static InputStream open(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("No bundled extract is named '" + name + "'; the extracts"
          + " are " + NAMES);
    }
    InputStream compressed = OdsExtracts.class.getResourceAsStream("ods/" + name + ".gz");
    if (compressed == null) {
      throw new IllegalArgumentException("The bundled extract '" + name + "' is missing from the jar");
    }
    try {
      return new GZIPInputStream(compressed, 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled extract '" + name + "'", e);
    }
  }
}
