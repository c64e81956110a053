package io.github.commissioning.model.ods;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats of the ODS, ONS and NHSBSA files this library reads, each a {@link RecordFormat}
 * that reads a file into typed records.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *   ImmutableList<MembershipRecord> memberships = OdsFormats.MEMBERSHIP.read(in, "epcmem.csv");
 * }
 * }</pre>
 *
 * <p>ODS files have no header and write dates {@code YYYYMMDD}, an empty end date meaning still
 * open; the ONS, successor and NHSBSA files have a header and write dates {@code YYYY-MM-DD}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OdsFormats {
  private static final Pattern ONE_LETTER = Pattern.compile("[A-Z]");
  private static final Pattern POSTCODE = Pattern.compile("[A-Z0-9 ]{1,8}");
  private static final Pattern ROLE = Pattern.compile("RO[0-9]{1,4}");

  /**
   * The ODS practice membership history ({@code epcmem}): six fields, no header, read as
   * practice, parent, parent type (one letter, {@code W}), joined, left (empty while current) and
   * amended flag ({@code 0} or {@code 1}).
   */
  public static final RecordFormat<MembershipRecord> MEMBERSHIP = new RecordFormat<>("epcmem",
      List.of("practice", "parent", "parentType", "joined", "left", "amended"), List.of(),
      OdsFormats::membership);

  /**
   * The ODS successor records, in either of the two forms published: with the header
   * {@code old_code,new_code,effective_date} (from {@code succ.csv} and {@code succarc.csv}) or
   * {@code from,to,legal_start} (from the XML full file), dates written {@code YYYY-MM-DD}.
   */
  public static final RecordFormat<SuccessionRecord> SUCCESSORS = new RecordFormat<>(
      "successors", List.of("predecessor", "successor", "effective"),
      List.of(List.of("old_code", "new_code", "effective_date"),
          List.of("from", "to", "legal_start")),
      OdsFormats::succession);

  /**
   * The ODS file of CCGs, commissioning hubs and sub-ICB locations ({@code eccg}): the standard
   * 27 fields, no header; field 14 holds role codes separated by {@code |}.
   */
  public static final RecordFormat<CommissionerRecord> COMMISSIONERS = new RecordFormat<>("eccg",
      standardFields("unused13", "roles", "unused15", "unused16", "unused17", "unused18",
          "unused24", "unused26"),
      List.of(), OdsFormats::commissioner);

  /**
   * The ODS file of GP practices and prescribing cost centres ({@code epraccur}): the standard
   * 27 fields, no header.
   */
  public static final RecordFormat<PracticeRecord> PRACTICES = new RecordFormat<>("epraccur",
      standardFields("status", "subType", "commissioner", "joinedCommissioner",
          "leftCommissioner", "telephone", "providerPurchaser", "prescribingSetting"),
      List.of(), OdsFormats::practice);

  /** The ONS list of the primary care organisations of 2012: ONS code, ODS code, name. */
  public static final RecordFormat<OnsBody> PCOS_2012 = list("ons_pco_2012",
      "PCO12CD", "PCO12CDO", "PCO12NM");

  /** The ONS list of the strategic health authorities of 2012: ONS code, ODS code, name. */
  public static final RecordFormat<OnsBody> SHAS_2012 = list("ons_sha_2012",
      "SHA12CD", "SHA12CDO", "SHA12NM");

  /** The ONS list of the CCGs of April 2013: ONS code, ODS code, name. */
  public static final RecordFormat<OnsBody> CCGS_2013 = list("ons_ccg_apr_2013",
      "CCG13CD", "CCG13CDH", "CCG13NM");

  /** The ONS list of the area teams of April 2013: ONS code and name, with no ODS code. */
  public static final RecordFormat<OnsBody> AREA_TEAMS_2013 = new RecordFormat<>(
      "ons_nhsat_apr_2013", List.of("onsCode", "name"),
      List.of(List.of("NHSAT13CD", "NHSAT13NM")), fields -> body(fields, 0, -1, 1));

  /** The area teams of 2013 with their ODS codes: ONS code, ODS (HSCIC) code, name. */
  public static final RecordFormat<OnsBody> AREA_TEAM_CODES_2013 = list("op_area_teams_2013",
      "ons_code", "hscic_code", "name");

  /** The ONS list of the ICBs of December 2024: ONS code, ODS code, name and an object id. */
  public static final RecordFormat<OnsBody> ICBS_2024 = new RecordFormat<>(
      "ons_icb_names_codes_dec_2024", List.of("onsCode", "odsCode", "name", "objectId"),
      List.of(List.of("ICB24CD", "ICB24CDH", "ICB24NM", "ObjectId")), fields -> {
        OnsBody icb = body(fields, 0, 1, 2);
        fields.count(3);
        return icb;
      });

  /** The ONS lookup of primary care organisations to strategic health authorities, 2012. */
  public static final RecordFormat<OnsLookupRecord> PCO_TO_SHA_2012 = new RecordFormat<>(
      "ons_pco12_sha12_lookup",
      List.of("pcoOnsCode", "pcoCode", "pcoName", "shaOnsCode", "shaCode", "shaName"),
      List.of(List.of("PCO12CD", "PCO12CDO", "PCO12NM", "SHA12CD", "SHA12CDO", "SHA12NM")),
      fields -> new OnsLookupRecord(body(fields, 0, 1, 2), body(fields, 3, 4, 5),
          Optional.empty()));

  /**
   * The ONS lookup of the CCGs of 2013 to their area teams and commissioning regions, by ONS
   * code and name only.
   */
  public static final RecordFormat<OnsLookupRecord> CCG_TO_AREA_TEAM_2013 = new RecordFormat<>(
      "ons_ccg13_at13_cr13_lookup",
      List.of("ccgOnsCode", "ccgName", "areaTeamOnsCode", "areaTeamName", "regionOnsCode",
          "regionName"),
      List.of(List.of("CCG13CD", "CCG13NM", "NHSAT13CD", "NHSAT13NM", "NHSCR13CD", "NHSCR13NM")),
      fields -> new OnsLookupRecord(body(fields, 0, -1, 1), body(fields, 2, -1, 3),
          Optional.of(body(fields, 4, -1, 5))));

  /** The ONS lookup of the CCGs of 2021 to their STPs, by ONS code and name only. */
  public static final RecordFormat<OnsLookupRecord> CCG_TO_STP_2021 = new RecordFormat<>(
      "ons_ccg21_to_stp21", List.of("ccgOnsCode", "ccgName", "stpOnsCode", "stpName"),
      List.of(List.of("ccg21_code", "ccg21_name", "stp21_code", "stp21_name")),
      fields -> new OnsLookupRecord(body(fields, 0, -1, 1), body(fields, 2, -1, 3),
          Optional.empty()));

  /** The ONS lookup of the sub-ICB locations of 2022 to their ICBs, with ODS codes. */
  public static final RecordFormat<OnsLookupRecord> SUB_ICB_TO_ICB_2022 = new RecordFormat<>(
      "ons_sicbl22_to_icb22",
      List.of("subIcbOnsCode", "subIcbCode", "subIcbName", "icbOnsCode", "icbCode", "icbName"),
      List.of(List.of("sicbl22_code", "sicbl22_code_h", "sicbl22_name", "icb22_code",
          "icb22_code_h", "icb22_name")),
      fields -> new OnsLookupRecord(body(fields, 0, 1, 2), body(fields, 3, 4, 5),
          Optional.empty()));

  /** How each PCT's postcodes split across the CCGs of 2013, as exact percentages. */
  public static final RecordFormat<PostcodeShareRecord> PCT_TO_CCG_2013 = new RecordFormat<>(
      "pct_to_ccg_2013_pcd_percent",
      List.of("pctCode", "pctOnsCode", "pctName", "ccgCode", "ccgOnsCode", "ccgName", "percent"),
      List.of(List.of("pct_code", "pct_ons_code", "pct_name", "ccg_code", "ccg_ons_code",
          "ccg_name", "pcd_percent")),
      fields -> new PostcodeShareRecord(body(fields, 1, 0, 2), body(fields, 4, 3, 5),
          fields.percent(6)));

  /**
   * NHSBSA's registered patients per practice by age band and sex, April to June 2013: region,
   * area team, PCO (the CCG's code followed by {@code 00}) and practice, each by name and code,
   * then male and female counts for each {@link RegisteredPatients.AgeBand}.
   */
  public static final RecordFormat<ListSizeRecord> LIST_SIZES_2013 = listSizes();

  private OdsFormats() {}

  /**
   * Returns every format.
   *
   * @return the formats, in the order this class declares them
   */
  public static ImmutableList<RecordFormat<?>> all() {
    return ImmutableList.of(MEMBERSHIP, SUCCESSORS, COMMISSIONERS, PRACTICES, PCOS_2012,
        SHAS_2012, CCGS_2013, AREA_TEAMS_2013, AREA_TEAM_CODES_2013, ICBS_2024, PCO_TO_SHA_2012,
        CCG_TO_AREA_TEAM_2013, CCG_TO_STP_2021, SUB_ICB_TO_ICB_2022, PCT_TO_CCG_2013,
        LIST_SIZES_2013);
  }

  private static MembershipRecord membership(Fields fields) {
    OdsCode practice = fields.code(0);
    OdsCode parent = fields.code(1);
    fields.matching(2, ONE_LETTER, "is not a parent type of one capital letter");
    LocalDate joined = fields.odsDate(3);
    Optional<LocalDate> left = fields.optionalOdsDate(4);
    fields.oneOf(5, "0", "1");
    fields.checkOrder(3, joined, 4, left);
    return new MembershipRecord(practice, parent, joined, left);
  }

  private static SuccessionRecord succession(Fields fields) {
    return new SuccessionRecord(fields.code(0), fields.code(1), fields.isoDate(2));
  }

  /**
   * The names of the standard 27 fields of ODS files, with the eight that differ between files
   * (fields 13 to 18, 24 and 26) given.
   */
  private static List<String> standardFields(String f13, String f14, String f15, String f16,
      String f17, String f18, String f24, String f26) {
    return List.of("code", "name", "nationalGrouping", "highLevelHealthGeography",
        "addressLine1", "addressLine2", "addressLine3", "addressLine4", "addressLine5", "postcode",
        "opened", "closed", f13, f14, f15, f16, f17, f18, "unused19", "unused20", "unused21",
        "amended", "unused23", f24, "unused25", f26, "unused27");
  }

  private static CommissionerRecord commissioner(Fields fields) {
    OdsCode code = fields.code(0);
    String name = fields.text(1);
    Optional<OdsCode> grouping = fields.optionalCode(2);
    Optional<OdsCode> geography = fields.optionalCode(3);
    LocalDate opened = fields.odsDate(10);
    Optional<LocalDate> closed = fields.optionalOdsDate(11);
    ImmutableSet<String> roles = roles(fields, 13);
    fields.oneOf(21, "0", "1");
    fields.checkOrder(10, opened, 11, closed);
    return new CommissionerRecord(code, name, grouping, geography, opened, closed, roles);
  }

  private static ImmutableSet<String> roles(Fields fields, int index) {
    String written = fields.raw(index).strip();
    if (written.isEmpty()) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<String> roles = ImmutableSet.builder();
    for (String role : written.split("\\|", -1)) {
      if (!ROLE.matcher(role.strip()).matches()) {
        throw fields.reject(index, "is not a list of ODS role codes such as RO98|RO319");
      }
      roles.add(role.strip());
    }
    return roles.build();
  }

  private static PracticeRecord practice(Fields fields) {
    OdsCode code = fields.code(0);
    String name = fields.text(1);
    Optional<OdsCode> grouping = fields.optionalCode(2);
    Optional<OdsCode> geography = fields.optionalCode(3);
    Optional<String> postcode = fields.optionalText(9);
    if (postcode.isPresent()) {
      fields.matching(9, POSTCODE, "is not a postcode of up to 8 capital letters, digits and"
          + " spaces");
    }
    LocalDate opened = fields.odsDate(10);
    Optional<LocalDate> closed = fields.optionalOdsDate(11);
    PracticeRecord.Status status = PracticeRecord.Status.ofCode(fields.raw(12).strip())
        .orElseThrow(() -> fields.reject(12, "is not a status code A, C, D or P"));
    Optional<OdsCode> commissioner = fields.optionalCode(14);
    Optional<LocalDate> joined = fields.optionalOdsDate(15);
    Optional<LocalDate> left = fields.optionalOdsDate(16);
    fields.oneOf(21, "0", "1");
    int setting = fields.count(25);
    fields.checkOrder(10, opened, 11, closed);
    if (joined.isPresent()) {
      fields.checkOrder(15, joined.get(), 16, left);
    }
    return new PracticeRecord(code, name, grouping, geography, postcode, opened, closed, status,
        commissioner, joined, left, setting);
  }

  private static RecordFormat<OnsBody> list(String name, String onsColumn, String odsColumn,
      String nameColumn) {
    return new RecordFormat<>(name, List.of("onsCode", "odsCode", "name"),
        List.of(List.of(onsColumn, odsColumn, nameColumn)), fields -> body(fields, 0, 1, 2));
  }

  /** Reads a body from its ONS code, ODS code (-1 if the file has none) and name fields. */
  private static OnsBody body(Fields fields, int ons, int ods, int name) {
    OdsCode onsCode = fields.onsCode(ons);
    Optional<OdsCode> odsCode = ods < 0 ? Optional.empty() : Optional.of(fields.code(ods));
    return new OnsBody(onsCode, odsCode, fields.text(name));
  }

  private static RecordFormat<ListSizeRecord> listSizes() {
    List<String> names = new ArrayList<>(List.of("regionName", "region", "areaTeamName",
        "areaTeam", "pcoName", "pco", "practiceName", "practice"));
    List<String> header = new ArrayList<>(List.of("Regional Office Name", "Regional Office Code",
        "Area Team Name", "Area Team Code", "PCO Name", "PCO Code", "Practice Name",
        "Practice Code"));
    for (RegisteredPatients.AgeBand band : RegisteredPatients.AgeBand.values()) {
      names.add("males " + band.label());
      names.add("females " + band.label());
      header.add("Male " + band.label());
      header.add("Female " + band.label());
    }
    return new RecordFormat<>("bsa_list_size", names, List.of(header), OdsFormats::listSize);
  }

  private static ListSizeRecord listSize(Fields fields) {
    OdsCode region = fields.code(1);
    OdsCode areaTeam = fields.code(3);
    OdsCode pco = fields.code(5);
    if (!ListSizeRecord.isNhsbsaPco(pco.value())) {
      throw fields.reject(5, "is not an NHSBSA PCO code: three characters followed by 00");
    }
    String practiceName = fields.text(6);
    OdsCode practice = fields.code(7);
    int bands = RegisteredPatients.AgeBand.values().length;
    int[] males = new int[bands];
    int[] females = new int[bands];
    for (int band = 0; band < bands; band++) {
      males[band] = fields.count(8 + 2 * band);
      females[band] = fields.count(9 + 2 * band);
    }
    return new ListSizeRecord(practice, practiceName, region, areaTeam, pco,
        RegisteredPatients.of(males, females));
  }
}
