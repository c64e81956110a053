package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.Uninterruptibles;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.model.history.Succession;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Builds the real history of NHS England commissioning, 1999 to 2023, from the published ODS and
 * ONS files.
 *
 * <p>How the records become a history, and the quirks it handles:
 * <ul>
 *   <li>Practices and other prescribing cost centres come from the membership file and the two
 *       practice snapshots; a practice is a GP practice if the later snapshot that has it says so
 *       (prescribing setting 4), and one absent from both (closed before 2013) is taken to be a GP
 *       practice unless its code starts with {@code Y}, as other cost centres' codes do. A
 *       practice is in the history while it has a commissioner.
 *   <li>Practices of a CCG that merged after the membership file ended follow the merger to the
 *       CCG's one successor, from the merger's date.
 *   <li>Primary care groups, primary care trusts, care trusts and Welsh local health boards are
 *       known by the form of their codes and open from their first member's joining to their last
 *       member's leaving. Names of the 2012 PCTs come from ONS.
 *   <li>Clinical commissioning groups come from the CCG file, commissioning hubs (role RO218) as
 *       hubs; the 2024 reporting entities (RO327) are left out. A membership parent with a
 *       CCG-shaped code missing from the CCG file is one of the national board's 2013-2015 hubs. The 106 CCGs of 2022 close on
 *       2022-06-30 and their codes open again the next day as sub-ICB locations, part of the 42
 *       integrated care boards.
 *   <li>Strategic health authorities: the ten of 2006 (Q30-Q39) from ONS; the 28 of 2002 and the
 *       health authorities before them from successor records; PCTs are part of the SHA the 2012
 *       ONS lookup names (the first, for the four it names twice).
 *   <li>Successor records become lineage, including successions to bodies that already existed
 *       (absorption), opened early, or stayed open; a code given as its own successor is skipped,
 *       and a predecessor with several successors on one day shares equally among them.
 *   <li>Practices that moved after the membership file ends (August 2019) move on the day the
 *       2023 practice snapshot gives.
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OdsHistory {
  /** The last day of the membership file. */
  public static final LocalDate MEMBERSHIP_FILE_DATE = LocalDate.of(2019, 8, 30);
  /** The day integrated care boards began and CCGs became sub-ICB locations. */
  public static final LocalDate ICB_DAY = LocalDate.of(2022, 7, 1);

  /** The files the history is built from, by their published names. */
  public static final List<String> FILES = List.of("epcmem_2019-08-30.csv",
      "epraccur_2019-08-30.csv", "epraccur_2023-02-28.csv", "eccg_2024-25.csv",
      "ons_ccg_apr_2013.csv", "ons_sicbl22_to_icb22.csv", "ons_icb_names_codes_dec_2024.csv",
      "ons_pco_2012.csv", "ons_sha_2012.csv", "ons_pco12_sha12_lookup.csv",
      "ods_succ_plus_succarc_2022-10.csv", "ods_successors_full_xml_2023-09.csv");

  private static final LocalDate SHA_2006 = LocalDate.of(2006, 7, 1);
  private static final LocalDate SHA_2002 = LocalDate.of(2002, 4, 1);
  private static final LocalDate ABOLITION_2013 = LocalDate.of(2013, 4, 1);
  private static final LocalDate HEALTH_AUTHORITIES = LocalDate.of(1996, 4, 1);

  private static final Pattern PCG = Pattern.compile("[0-9][A-Z]{2}[0-9]{2}");
  private static final Pattern PCT = Pattern.compile("5[A-Z0-9]{2}");
  private static final Pattern CARE_TRUST = Pattern.compile("T[A-Z0-9]{2}");
  private static final Pattern WELSH = Pattern.compile("[67][A-Z][0-9]");
  private static final Pattern CCG = Pattern.compile("[0-9]{2}[A-Z]|[A-Z][0-9][A-Z][0-9][A-Z]");
  private static final Pattern SHA = Pattern.compile("Q[0-9]{2}");

  private OdsHistory() {}

  /**
   * Builds the history strictly: any malformed record, or any record that contradicts another,
   * refuses the whole.
   *
   * @param source where the files come from
   * @return the history
   * @throws ViolationException listing every malformed record (with file, line and field) and
   *     every contradiction
   * @throws UncheckedIOException if a file cannot be read
   */
  public static History load(OdsSource source) {
    List<Violation> problems = new ArrayList<>();
    History history = load(source, problems::add);
    if (!problems.isEmpty()) {
      throw new ViolationException(problems);
    }
    return history;
  }

  /**
   * Builds the history leniently from the records that are well formed and agree, reporting each
   * one left out (malformed records with their file, line and field).
   *
   * @param source where the files come from
   * @param problems where each record left out, and why, is reported
   * @return the history
   * @throws UncheckedIOException if a file cannot be read
   */
  public static History load(OdsSource source, Consumer<Violation> problems) {
    return History.index(changes(source, problems), problems);
  }

  /**
   * Returns the real history as dated changes, in date order: bodies established and abolished,
   * practices joining, moving between and leaving bodies, bodies becoming part of others, and
   * the successions ODS records. Indexing them ({@link History#index}) gives the history
   * {@link #load} returns.
   *
   * @param source where the files come from
   * @param problems where each record left out, and why, is reported
   * @return the changes, in date order
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ImmutableList<Transition> changes(OdsSource source, Consumer<Violation> problems) {
    checkNotNull(source, "source");
    checkNotNull(problems, "problems");
    return new Assembly(source, problems).changes();
  }

  /** One run of the import. */
  private static final class Assembly {
    private final OdsSource source;
    private final Consumer<Violation> problems;
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<Succession> successions = new ArrayList<>();
    private final Map<OdsCode, Organisation> bodies = new LinkedHashMap<>();
    /** Bodies under a code that an earlier body had, such as a CCG's code as a sub-ICB location. */
    private final List<Organisation> reused = new ArrayList<>();
    /** The practices the 2023 snapshot lists: only its word can overrule the membership file. */
    private final Set<OdsCode> listedIn2023 = new HashSet<>();
    /** Each file's read, in the order the assembly first needs them; each file is read once. */
    private final Map<String, FutureTask<ImportResult<?>>> reads = new LinkedHashMap<>();

    Assembly(OdsSource source, Consumer<Violation> problems) {
      this.source = source;
      this.problems = problems;
      reading(OdsFormats.MEMBERSHIP, "epcmem_2019-08-30.csv");
      reading(OdsFormats.PRACTICES, "epraccur_2023-02-28.csv");
      reading(OdsFormats.SUB_ICB_TO_ICB_2022, "ons_sicbl22_to_icb22.csv");
      reading(OdsFormats.CCGS_2013, "ons_ccg_apr_2013.csv");
      reading(OdsFormats.COMMISSIONERS, "eccg_2024-25.csv");
      reading(OdsFormats.ICBS_2024, "ons_icb_names_codes_dec_2024.csv");
      reading(OdsFormats.SUCCESSORS, "ods_succ_plus_succarc_2022-10.csv");
      reading(OdsFormats.SUCCESSORS, "ods_successors_full_xml_2023-09.csv");
      reading(OdsFormats.PRACTICES, "epraccur_2019-08-30.csv");
      reading(OdsFormats.PCOS_2012, "ons_pco_2012.csv");
      reading(OdsFormats.SHAS_2012, "ons_sha_2012.csv");
      reading(OdsFormats.PCO_TO_SHA_2012, "ons_pco12_sha12_lookup.csv");
    }

    private void reading(RecordFormat<?> format, String file) {
      reads.put(file, new FutureTask<>(() -> {
        try (InputStream in = source.open(file)) {
          return format.readLenient(in, file);
        }
      }));
    }

    /**
     * Builds the changes. Parsing the files is most of the work and each file is parsed on its
     * own, so a second thread parses them ahead, in the order they are needed, while this one
     * assembles; this thread parses any file it needs that the other has not begun. What comes
     * out, problems and their order included, is what reading the files one by one gives.
     */
    ImmutableList<Transition> changes() {
      if (Runtime.getRuntime().availableProcessors() > 1) {
        // The first file is this thread's; the other starts on the second.
        List<FutureTask<ImportResult<?>>> tasks = List.copyOf(reads.values());
        Thread ahead = new Thread(() -> tasks.subList(1, tasks.size()).forEach(FutureTask::run),
            "ods-history-reader");
        ahead.setDaemon(true);
        ahead.start();
      }
      try {
        return assemble();
      } finally {
        reads.values().forEach(task -> task.cancel(false));
      }
    }

    private ImmutableList<Transition> assemble() {
      List<MembershipRecord> rows = read(OdsFormats.MEMBERSHIP, "epcmem_2019-08-30.csv");
      List<Membership> memberships = memberships(rows);
      commissioners();
      icbs();
      List<SuccessionRecord> records = successionRecords();
      Map<OdsCode, PracticeRecord> snapshots = snapshots();
      memberships = followMergers(memberships, records, snapshots);
      memberships = asIn2023(memberships, snapshots);
      parents(memberships);
      practices(memberships, snapshots);
      strategicHealthAuthorities();
      successions(records);
      List<Organisation> organisations = new ArrayList<>(bodies.values());
      organisations.addAll(reused);
      return RecordedChanges.of(organisations, memberships, relationships, successions);
    }

    /**
     * Reads a file leniently, parsing it here unless the other thread has begun: malformed records
     * are reported and left out, each time the file is asked for, as when it was read each time.
     */
    @SuppressWarnings("unchecked") // the read of each file was registered with its format
    private <T> ImmutableList<T> read(RecordFormat<T> format, String file) {
      FutureTask<ImportResult<?>> task = reads.get(file);
      ImportResult<T> result;
      try {
        task.run(); // does nothing if the other thread has begun or finished it
        result = (ImportResult<T>) Uninterruptibles.getUninterruptibly(task);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException unreadable) {
          throw new UncheckedIOException("Cannot read " + file + ": " + unreadable.getMessage(),
              unreadable);
        }
        Throwables.throwIfUnchecked(cause);
        throw new IllegalStateException(cause);
      }
      result.problems().forEach(problems);
      return result.records();
    }

    /** The membership file, then moves after it ended from the 2023 practice snapshot. */
    private List<Membership> memberships(List<MembershipRecord> rows) {
      Map<OdsCode, List<Membership>> byPractice = new LinkedHashMap<>();
      for (MembershipRecord row : rows) {
        byPractice.computeIfAbsent(row.practice(), k -> new ArrayList<>())
            .add(new Membership(row.practice(), row.parent(), row.period()));
      }
      for (PracticeRecord practice : read(OdsFormats.PRACTICES, "epraccur_2023-02-28.csv")) {
        if (practice.commissioner().isEmpty() || practice.joinedCommissioner().isEmpty()) {
          continue;
        }
        LocalDate joined = practice.joinedCommissioner().get();
        OdsCode commissioner = practice.commissioner().get();
        List<Membership> own = byPractice.computeIfAbsent(practice.code(), k -> new ArrayList<>());
        Optional<Membership> open = own.stream().filter(m -> m.period().isOpenEnded()).findFirst();
        if (open.isPresent() && open.get().parent().equals(commissioner)) {
          continue;
        }
        if (joined.isAfter(MEMBERSHIP_FILE_DATE) || own.isEmpty()) {
          open.filter(m -> m.period().start().isBefore(joined)).ifPresent(m -> {
            own.remove(m);
            own.add(new Membership(m.practice(), m.parent(), m.period().withEnd(joined.minusDays(1))));
          });
          Period period = practice.leftCommissioner().map(left -> Period.of(joined, left))
              .orElse(Period.from(joined));
          own.add(new Membership(practice.code(), commissioner, period));
        }
      }
      List<Membership> all = new ArrayList<>();
      byPractice.values().forEach(all::addAll);
      return all;
    }

    private void commissioners() {
      Set<OdsCode> subIcbs = new HashSet<>();
      for (OnsLookupRecord row : read(OdsFormats.SUB_ICB_TO_ICB_2022, "ons_sicbl22_to_icb22.csv")) {
        row.child().odsCode().ifPresent(subIcbs::add);
      }
      // The CCG file gives each code's latest name, a sub-ICB location's for those that became
      // one; the CCGs of 2013 had the names ONS lists.
      Map<OdsCode, String> names2013 = new HashMap<>();
      for (OnsBody ccg : read(OdsFormats.CCGS_2013, "ons_ccg_apr_2013.csv")) {
        ccg.odsCode().ifPresent(code -> names2013.put(code, ccg.name()));
      }
      for (CommissionerRecord row : read(OdsFormats.COMMISSIONERS, "eccg_2024-25.csv")) {
        if (row.roles().contains("RO327")) {
          continue;
        }
        String file = "eccg_2024-25.csv";
        if (row.roles().contains("RO218")) {
          add(file, () -> Organisation.of(row.code(), row.name(),
              OrganisationKind.COMMISSIONING_HUB, row.lifetime()));
          continue;
        }
        LocalDate lastAsCcg = row.closed().filter(c -> c.isBefore(ICB_DAY)).orElse(ICB_DAY.minusDays(1));
        if (row.opened().isBefore(ICB_DAY)) {
          add(file, () -> Organisation.of(row.code(), names2013.getOrDefault(row.code(),
              row.name()), OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
              Period.of(row.opened(), lastAsCcg)));
        }
        if (subIcbs.contains(row.code()) && row.closed().map(c -> !c.isBefore(ICB_DAY)).orElse(true)) {
          add(file, () -> Organisation.of(row.code(), row.name(),
              OrganisationKind.SUB_ICB_LOCATION,
              row.closed().map(c -> Period.of(ICB_DAY, c)).orElse(Period.from(ICB_DAY))));
        }
      }
    }

    private void icbs() {
      for (OnsBody icb : read(OdsFormats.ICBS_2024, "ons_icb_names_codes_dec_2024.csv")) {
        icb.odsCode().ifPresent(code -> add("ons_icb_names_codes_dec_2024.csv",
            () -> Organisation.of(code, icb.name(), OrganisationKind.INTEGRATED_CARE_BOARD,
                ICB_DAY)));
      }
      for (OnsLookupRecord row : read(OdsFormats.SUB_ICB_TO_ICB_2022, "ons_sicbl22_to_icb22.csv")) {
        Optional<OdsCode> subIcb = row.child().odsCode();
        Optional<OdsCode> icb = row.parent().odsCode();
        if (subIcb.isPresent() && icb.isPresent()) {
          made("ons_sicbl22_to_icb22.csv", () -> new Relationship(RelationshipType.PART_OF,
              subIcb.get(), icb.get(), Period.from(ICB_DAY))).ifPresent(relationships::add);
        }
      }
    }

    /** Membership parents not already known: PCGs, PCTs, care trusts, Welsh boards, CCGs. */
    private void parents(List<Membership> memberships) {
      Map<OdsCode, Period> spans = spans(memberships, Membership::parent);
      Map<OdsCode, String> names = new HashMap<>();
      for (OnsBody pco : read(OdsFormats.PCOS_2012, "ons_pco_2012.csv")) {
        pco.odsCode().ifPresent(code -> names.put(code, pco.name()));
      }
      spans.forEach((code, span) -> {
        if (bodies.containsKey(code)) {
          return;
        }
        Optional<OrganisationKind> kind = kindOfParent(code);
        if (kind.isEmpty()) {
          problems.accept(Violation.of(Invariant.RECORD_INCONSISTENT, "Membership parent " + code
              + " has a code of no known kind of commissioner", code));
          return;
        }
        add("epcmem_2019-08-30.csv", () -> Organisation.of(code,
            names.getOrDefault(code, kind.get() + " " + code), kind.get(), span));
      });
    }

    private static Optional<OrganisationKind> kindOfParent(OdsCode code) {
      String value = code.value();
      if (PCG.matcher(value).matches()) {
        return Optional.of(OrganisationKind.PRIMARY_CARE_GROUP);
      }
      if (PCT.matcher(value).matches()) {
        return Optional.of(OrganisationKind.PRIMARY_CARE_TRUST);
      }
      if (CARE_TRUST.matcher(value).matches()) {
        return Optional.of(OrganisationKind.CARE_TRUST);
      }
      if (WELSH.matcher(value).matches()) {
        return Optional.of(OrganisationKind.WELSH_LOCAL_HEALTH_BOARD);
      }
      if (CCG.matcher(value).matches()) {
        // Every CCG is in the CCG file, already added; a CCG-shaped parent missing from it is one
        // of the national board's hubs of 2013-2015 (12G-13M) that ODS lists as commissioner of
        // prisons' and other cost centres.
        return Optional.of(OrganisationKind.COMMISSIONING_HUB);
      }
      return Optional.empty();
    }

    private void practices(List<Membership> memberships, Map<OdsCode, PracticeRecord> snapshots) {
      Map<OdsCode, Period> spans = spans(memberships, Membership::practice);
      spans.forEach((code, span) -> {
        PracticeRecord snapshot = snapshots.get(code);
        boolean isGp = snapshot == null ? !code.value().startsWith("Y") : snapshot.isGpPractice();
        OrganisationKind kind = isGp ? OrganisationKind.GP_PRACTICE
            : OrganisationKind.PRESCRIBING_COST_CENTRE;
        if (!kind.accepts(code)) {
          problems.accept(Violation.of(Invariant.RECORD_INCONSISTENT, "Practice code " + code
              + " does not fit a " + kind, code, kind));
          return;
        }
        // A practice is in the history while it has a commissioner: its memberships' span, ended
        // by the snapshot's closing date where the memberships run on past it.
        Period lifetime = span;
        if (snapshot != null && span.isOpenEnded() && snapshot.closed().isPresent()) {
          LocalDate closed = snapshot.closed().get();
          lifetime = closed.isBefore(span.start()) ? span : Period.of(span.start(), closed);
        }
        Period life = lifetime;
        add("epcmem_2019-08-30.csv", () -> Organisation.of(code,
            snapshot == null ? "Practice " + code : snapshot.name(), kind, life));
      });
    }

    private void strategicHealthAuthorities() {
      for (OnsBody sha : read(OdsFormats.SHAS_2012, "ons_sha_2012.csv")) {
        sha.odsCode().ifPresent(code -> add("ons_sha_2012.csv", () -> Organisation.of(code,
            sha.name(), OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
            Period.of(SHA_2006, ABOLITION_2013.minusDays(1)))));
      }
      Set<OdsCode> seen = new HashSet<>();
      for (OnsLookupRecord row : read(OdsFormats.PCO_TO_SHA_2012, "ons_pco12_sha12_lookup.csv")) {
        Optional<OdsCode> pct = row.child().odsCode();
        Optional<OdsCode> sha = row.parent().odsCode();
        if (pct.isEmpty() || sha.isEmpty() || !seen.add(pct.get()) || !bodies.containsKey(pct.get())) {
          continue;
        }
        Period life = bodies.get(pct.get()).operational();
        LocalDate from = life.start().isAfter(SHA_2006) ? life.start() : SHA_2006;
        LocalDate to = life.end().filter(e -> e.isBefore(ABOLITION_2013)).orElse(ABOLITION_2013.minusDays(1));
        if (!to.isBefore(from)) {
          made("ons_pco12_sha12_lookup.csv", () -> new Relationship(RelationshipType.PART_OF,
              pct.get(), sha.get(), Period.of(from, to))).ifPresent(relationships::add);
        }
      }
    }

    private List<SuccessionRecord> successionRecords() {
      List<SuccessionRecord> rows = new ArrayList<>(read(OdsFormats.SUCCESSORS,
          "ods_succ_plus_succarc_2022-10.csv"));
      rows.addAll(read(OdsFormats.SUCCESSORS, "ods_successors_full_xml_2023-09.csv"));
      return rows;
    }

    /**
     * A practice whose CCG merged after the membership file ended moves, on the merger's date, to
     * the one body the CCG was succeeded by, and on through later mergers.
     */
    private List<Membership> followMergers(List<Membership> memberships,
        List<SuccessionRecord> successions, Map<OdsCode, PracticeRecord> snapshots) {
      Map<OdsCode, List<SuccessionRecord>> onward = new HashMap<>();
      successions.stream().filter(s -> !s.isSelfSuccession()).distinct()
          .forEach(s -> onward.computeIfAbsent(s.predecessor(), k -> new ArrayList<>()).add(s));
      List<Membership> result = new ArrayList<>();
      for (Membership membership : memberships) {
        Membership current = membership;
        Optional<LocalDate> until = membership.period().end();
        for (int hops = 0; hops < 10; hops++) {
          Optional<LocalDate> closed = closingOf(current.parent());
          List<SuccessionRecord> next = onward.getOrDefault(current.parent(), List.of());
          // Only a membership that outlives its body moves on, open-ended or not.
          boolean outlives = closed.isPresent() && until.map(u -> u.isAfter(closed.get())).orElse(true);
          if (!outlives || next.size() != 1 || !closed.get().isAfter(current.period().start())
              || !next.get(0).effective().equals(closed.get().plusDays(1))
              || closedBy(snapshots.get(current.practice()), closed.get())) {
            break;
          }
          result.add(new Membership(current.practice(), current.parent(),
              current.period().withEnd(closed.get())));
          LocalDate from = next.get(0).effective();
          current = new Membership(current.practice(), next.get(0).successor(),
              until.map(u -> Period.of(from, u)).orElse(Period.from(from)));
        }
        result.add(current);
      }
      return result;
    }

    /**
     * Where the membership file still has an active practice with another commissioner than the
     * 2023 snapshot gives, the snapshot is the later word: the practice moves on the day after the
     * file ends (or its snapshot joining day, if later), so the file's own rows still stand.
     */
    private List<Membership> asIn2023(List<Membership> memberships,
        Map<OdsCode, PracticeRecord> snapshots) {
      LocalDate day = LocalDate.of(2023, 2, 28);
      Map<OdsCode, List<Membership>> byPractice = new LinkedHashMap<>();
      memberships.forEach(m -> byPractice.computeIfAbsent(m.practice(), k -> new ArrayList<>()).add(m));
      byPractice.forEach((code, own) -> {
        PracticeRecord snapshot = snapshots.get(code);
        if (snapshot == null || !listedIn2023.contains(code)
            || snapshot.status() != PracticeRecord.Status.ACTIVE
            || snapshot.commissioner().isEmpty()) {
          return;
        }
        OdsCode commissioner = snapshot.commissioner().get();
        Optional<Membership> covering = own.stream().filter(m -> m.period().contains(day)).findFirst();
        if (covering.isEmpty() || covering.get().parent().equals(commissioner)) {
          return;
        }
        Membership stale = covering.get();
        LocalDate switchDay = latest(latest(MEMBERSHIP_FILE_DATE.plusDays(1),
            snapshot.joinedCommissioner().orElse(MEMBERSHIP_FILE_DATE)), stale.period().start().plusDays(1));
        if (switchDay.isAfter(day)) {
          return;
        }
        own.remove(stale);
        own.add(new Membership(code, stale.parent(), stale.period().withEnd(switchDay.minusDays(1))));
        own.add(new Membership(code, commissioner, stale.period().end()
            .map(end -> Period.of(switchDay, end)).orElse(Period.from(switchDay))));
      });
      List<Membership> all = new ArrayList<>();
      byPractice.values().forEach(all::addAll);
      return all;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }

    /** Whether a practice's snapshot says it closed on or before the day. */
    private static boolean closedBy(PracticeRecord snapshot, LocalDate day) {
      return snapshot != null && snapshot.closed().map(c -> !c.isAfter(day)).orElse(false);
    }

    /** The practice snapshots; the later wins where both have a practice. */
    private Map<OdsCode, PracticeRecord> snapshots() {
      Map<OdsCode, PracticeRecord> snapshots = new HashMap<>();
      for (PracticeRecord practice : read(OdsFormats.PRACTICES, "epraccur_2019-08-30.csv")) {
        snapshots.put(practice.code(), practice);
      }
      for (PracticeRecord practice : read(OdsFormats.PRACTICES, "epraccur_2023-02-28.csv")) {
        snapshots.put(practice.code(), practice);
        listedIn2023.add(practice.code());
      }
      return snapshots;
    }

    /** The last day of a CCG that closed (not one that carried on as a sub-ICB location). */
    private Optional<LocalDate> closingOf(OdsCode code) {
      Organisation body = bodies.get(code);
      if (body == null || body.kind() != OrganisationKind.CLINICAL_COMMISSIONING_GROUP
          || reused.stream().anyMatch(o -> o.code().equals(code))) {
        return Optional.empty();
      }
      return body.operational().end();
    }

    private void successions(List<SuccessionRecord> rows) {
      Map<OdsCode, Map<LocalDate, Set<OdsCode>>> fanOut = new HashMap<>();
      for (SuccessionRecord row : rows) {
        if (!row.isSelfSuccession()) {
          fanOut.computeIfAbsent(row.predecessor(), k -> new TreeMap<>())
              .computeIfAbsent(row.effective(), k -> new LinkedHashSet<>()).add(row.successor());
        }
      }
      fanOut.forEach((predecessor, byDate) -> byDate.forEach((date, successors) -> {
        for (OdsCode successor : successors) {
          successions.add(new Succession(predecessor, successor, date,
              Share.of(1, successors.size()), false));
        }
      }));
      earlierAuthorities(rows);
    }

    /** The SHAs of 2002-2006 and the health authorities before them, known from their successors. */
    private void earlierAuthorities(List<SuccessionRecord> rows) {
      for (SuccessionRecord row : rows) {
        String from = row.predecessor().value();
        if (row.effective().equals(SHA_2006) && SHA.matcher(from).matches()
            && !bodies.containsKey(row.predecessor())) {
          add(Organisation.of(row.predecessor(), "Strategic health authority " + from,
              OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, Period.of(SHA_2002, SHA_2006.minusDays(1))));
        }
      }
      for (SuccessionRecord row : rows) {
        String from = row.predecessor().value();
        boolean toEarlySha = bodies.containsKey(row.successor())
            && bodies.get(row.successor()).operational().start().equals(SHA_2002);
        if (row.effective().equals(SHA_2002) && toEarlySha && from.startsWith("Q")
            && !bodies.containsKey(row.predecessor()) && OrganisationKind.HEALTH_AUTHORITY.accepts(row.predecessor())) {
          add(Organisation.of(row.predecessor(), "Health authority " + from,
              OrganisationKind.HEALTH_AUTHORITY, Period.of(HEALTH_AUTHORITIES, SHA_2002.minusDays(1))));
        }
      }
    }

    /**
     * Adds a body made from a record of a file, unless the record names a body that cannot be
     * (a code of another kind's form, in a garbled row): that is reported and left out.
     */
    private void add(String file, Supplier<Organisation> body) {
      made(file, body).ifPresent(this::add);
    }

    /** Makes a value from a record of a file, or reports why it cannot be made, naming the file. */
    private <T> Optional<T> made(String file, Supplier<T> value) {
      try {
        return Optional.of(value.get());
      } catch (ViolationException refused) {
        refused.violations().forEach(violation -> problems.accept(Violation.of(violation.code(),
            violation.subjects(), file + ": " + violation.message() + "; the record is left out")));
        return Optional.empty();
      }
    }

    private void add(Organisation organisation) {
      if (bodies.putIfAbsent(organisation.code(), organisation) != null) {
        reused.add(organisation);
      }
    }

    private static Map<OdsCode, Period> spans(List<Membership> memberships,
        Function<Membership, OdsCode> key) {
      Map<OdsCode, Period> spans = new LinkedHashMap<>();
      for (Membership membership : memberships) {
        spans.merge(key.apply(membership), membership.period(), OdsHistory::cover);
      }
      return spans;
    }
  }

  /** The smallest period covering both. */
  static Period cover(Period a, Period b) {
    LocalDate start = a.start().isBefore(b.start()) ? a.start() : b.start();
    if (a.isOpenEnded() || b.isOpenEnded()) {
      return Period.from(start);
    }
    LocalDate end = a.end().get().isAfter(b.end().get()) ? a.end().get() : b.end().get();
    return Period.of(start, end);
  }
}
