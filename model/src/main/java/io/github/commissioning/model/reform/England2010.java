package io.github.commissioning.model.reform;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.duty.PopulationType;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.ods.ListSizeRecord;
import io.github.commissioning.model.ods.OdsFormats;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.model.ods.OdsSource;
import io.github.commissioning.model.ods.OnsBody;
import io.github.commissioning.model.ods.RegisteredPatients;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.time.Period;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The commissioning landscape of England on 31 March 2010, the eve of the financial year the seed
 * reforms were written for, built from the bundled real data.
 *
 * <p>What is real: the ten strategic health authorities and the 152 primary care organisations
 * (primary care trusts and care trusts) open that day, with their ODS codes and names; every GP
 * practice that was a member of one of them, with its membership; registered patients by age and
 * sex from the NHSBSA list sizes of April to June 2013, matched to the 2010 practices by practice
 * code (a practice that had closed by 2013 has no list and so no weight); and the ONS codes of the
 * primary care organisations' areas where the 2012 ONS list has them. Four primary care
 * organisations of 2010 that closed or were recoded before 2012 are not in the ONS lookup of
 * authorities; each is placed in the authority its successor was part of in 2012.
 *
 * <p>What is modelled, and says so: the Department of Health ({@value #DEPARTMENT_OF_HEALTH}) at
 * the top; one acute provider per strategic health authority, an NHS trust with a code starting
 * {@code RZ} and a name starting "Synthetic"; the 2010/11 allocations, GBP 84bn to primary care
 * organisations of which GBP 4bn is public health (the figures of the 2010 article), divided by
 * {@linkplain Capitation weighted capitation} (public health by unweighted population); running
 * costs of {@value #RUNNING_COST_PERCENT}% of each primary care organisation's general allocation
 * and {@value #SHA_RUNNING_COST_PERCENT}% of its region's for each strategic health authority,
 * planned flat for each year from 2010/11 to 2013/14 until a reform cuts them; and
 * an acute contract between each primary care organisation and its region's provider, priced at
 * the PbR tariff of {@value #ACUTE_TARIFF_PERCENT}% of its general allocation. An area whose
 * primary care organisation has no 2012 ONS code gets a code starting {@code E169} and a name
 * ending "(synthetic area code)".
 *
 * <p>The landscape is a starting point for what might have happened, so it carries no closure
 * that history later brought: every body and relationship is open-ended.
 *
 * <p>Duties: each practice's registered list is commissioned by its primary care organisation for
 * every list function; each area's residents and unregistered patients by its primary care
 * organisation, except specialised services, commissioned by its strategic health authority.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class England2010 {
  /** The landscape's date. */
  public static final LocalDate DATE = LocalDate.of(2010, 3, 31);
  /** The financial year of the allocations, 2010/11. */
  public static final FinancialYear YEAR = FinancialYear.of(2010);
  /** The money allocated to primary care organisations for 2010/11: GBP 84bn. */
  public static final Money ALLOCATED_TO_PCTS = Money.ofPounds(84_000_000_000L);
  /** The part of it for public health: GBP 4bn. */
  public static final Money PUBLIC_HEALTH = Money.ofPounds(4_000_000_000L);
  /** The code this model gives the Department of Health. */
  public static final String DEPARTMENT_OF_HEALTH = "X26";
  /** Each primary care organisation's running costs, in percent of its general allocation. */
  public static final int RUNNING_COST_PERCENT = 3;
  /** Each strategic health authority's running costs, in percent of its region's allocations. */
  public static final int SHA_RUNNING_COST_PERCENT = 1;
  /** The years whose running costs are planned, 2010/11 to 2013/14. */
  public static final int PLANNED_YEARS = 4;
  /** The PbR tariff of each acute contract, in percent of the commissioner's general allocation. */
  public static final int ACUTE_TARIFF_PERCENT = 30;

  private static final String LIST_SIZES = "bsa_list_size_2013_04-06.csv";
  private static final String PCOS = "ons_pco_2012.csv";
  private static final LocalDate LOOKUP_DATE = LocalDate.of(2012, 4, 1);

  private final History history;
  private final LandscapeSnapshot landscape;
  private final ImmutableMap<OdsCode, RegisteredPatients> patients;
  private final ImmutableListMultimap<OdsCode, OdsCode> practicesByPco;
  private final ImmutableMap<OdsCode, OdsCode> shaOfPco;
  private final ImmutableMap<OdsCode, OdsCode> providerOfSha;

  private England2010(Builder built) {
    this.history = built.history;
    this.landscape = built.landscape;
    this.patients = built.patients;
    this.practicesByPco = built.practicesByPco;
    this.shaOfPco = built.shaOfPco;
    this.providerOfSha = built.providerOfSha;
  }

  /**
   * Builds the landscape from ODS, ONS and NHSBSA files under their published names, such as the
   * data module's bundled extracts.
   *
   * @param source the files
   * @return the landscape of 31 March 2010
   * @throws IOException if a file cannot be read
   * @throws io.github.commissioning.model.ods.ImportException if a file is malformed
   */
  public static England2010 load(OdsSource source) throws IOException {
    checkNotNull(source, "source");
    History history = OdsHistory.load(source);
    ImmutableList<ListSizeRecord> lists;
    try (InputStream in = source.open(LIST_SIZES)) {
      lists = OdsFormats.LIST_SIZES_2013.read(in, LIST_SIZES);
    }
    ImmutableList<OnsBody> pcos;
    try (InputStream in = source.open(PCOS)) {
      pcos = OdsFormats.PCOS_2012.read(in, PCOS);
    }
    return from(history, lists, pcos);
  }

  /**
   * Builds the landscape from a history already loaded and the list sizes and ONS codes.
   *
   * @param history the real history
   * @param lists registered patients by practice
   * @param pcos the ONS codes of primary care organisations' areas
   * @return the landscape of 31 March 2010
   */
  public static England2010 from(History history, List<ListSizeRecord> lists, List<OnsBody> pcos) {
    checkNotNull(history, "history");
    checkNotNull(lists, "lists");
    checkNotNull(pcos, "pcos");
    return new England2010(new Builder(history, lists, pcos).build());
  }

  /**
   * Returns the landscape.
   *
   * @return the landscape of 31 March 2010, sound
   */
  public LandscapeSnapshot landscape() {
    return landscape;
  }

  /**
   * Returns the real history the landscape was taken from.
   *
   * @return the history
   */
  public History history() {
    return history;
  }

  /**
   * Returns the primary care organisations (primary care trusts and care trusts), by code.
   *
   * @return their codes, ordered
   */
  public ImmutableSet<OdsCode> primaryCareOrganisations() {
    return shaOfPco.keySet();
  }

  /**
   * Returns the practices of a primary care organisation.
   *
   * @param pco the primary care organisation
   * @return its practices, ordered by code
   */
  public ImmutableList<OdsCode> practicesOf(OdsCode pco) {
    return practicesByPco.get(checkNotNull(pco, "pco"));
  }

  /**
   * Returns the strategic health authority a primary care organisation is part of.
   *
   * @param pco the primary care organisation
   * @return its strategic health authority
   * @throws IllegalArgumentException if it is not a primary care organisation of the landscape
   */
  public OdsCode strategicHealthAuthorityOf(OdsCode pco) {
    OdsCode sha = shaOfPco.get(checkNotNull(pco, "pco"));
    if (sha == null) {
      throw new IllegalArgumentException(pco + " is not a primary care organisation of England on "
          + DATE);
    }
    return sha;
  }

  /**
   * Returns the modelled acute provider of a strategic health authority's region.
   *
   * @param sha the strategic health authority
   * @return the provider's code
   * @throws IllegalArgumentException if it is not a strategic health authority of the landscape
   */
  public OdsCode acuteProviderOf(OdsCode sha) {
    OdsCode provider = providerOfSha.get(checkNotNull(sha, "sha"));
    if (provider == null) {
      throw new IllegalArgumentException(sha + " is not a strategic health authority of England on "
          + DATE);
    }
    return provider;
  }

  /**
   * Returns a practice's registered patients, as NHSBSA counted them in 2013.
   *
   * @param practice the practice
   * @return its patients, if it was still open in 2013
   */
  public Optional<RegisteredPatients> patients(OdsCode practice) {
    return Optional.ofNullable(patients.get(checkNotNull(practice, "practice")));
  }

  /**
   * Returns a practice's weighted population, in hundredths of a patient.
   *
   * @param practice the practice
   * @return its weighted population; zero if it had closed by 2013
   */
  public long weightedPopulation(OdsCode practice) {
    return patients(practice).map(Capitation::weighted).orElse(0L);
  }

  /**
   * Returns a practice's registered patients.
   *
   * @param practice the practice
   * @return the count; zero if it had closed by 2013
   */
  public long registeredPatients(OdsCode practice) {
    return patients(practice).map(RegisteredPatients::total).orElse(0L);
  }

  /** The work of building, in the order the landscape needs it. */
  private static final class Builder {
    private final History history;
    private final LandscapeSnapshot real;
    private final Map<OdsCode, RegisteredPatients> lists = new LinkedHashMap<>();
    private final Map<OdsCode, OnsBody> onsByOds = new LinkedHashMap<>();
    private final LandscapeSnapshot.Builder out = LandscapeSnapshot.builder(DATE);
    private final Map<OdsCode, OdsCode> shas = new TreeMap<>();
    private final Map<OdsCode, List<OdsCode>> practices = new TreeMap<>();
    private final Map<OdsCode, OdsCode> providers = new TreeMap<>();
    private LandscapeSnapshot landscape;
    private ImmutableMap<OdsCode, RegisteredPatients> patients;
    private ImmutableListMultimap<OdsCode, OdsCode> practicesByPco;
    private ImmutableMap<OdsCode, OdsCode> shaOfPco;
    private ImmutableMap<OdsCode, OdsCode> providerOfSha;

    Builder(History history, List<ListSizeRecord> lists, List<OnsBody> pcos) {
      this.history = history;
      this.real = history.at(DATE);
      lists.forEach(record -> this.lists.put(record.practice(), record.patients()));
      pcos.forEach(body -> body.odsCode().ifPresent(ods -> onsByOds.put(ods, body)));
    }

    Builder build() {
      OdsCode dh = OdsCode.parse(DEPARTMENT_OF_HEALTH);
      out.addOrganisation(Organisation.of(dh, "Department of Health",
          OrganisationKind.DEPARTMENT_OF_HEALTH, LocalDate.of(1988, 7, 25)));
      int region = 0;
      for (Organisation sha : real.open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY)) {
        out.addOrganisation(openEnded(sha));
        out.addRelationship(Relationship.of(RelationshipType.ACCOUNTABLE_TO, sha.code(), dh,
            sha.operational().start()));
        OdsCode provider = OdsCode.parse("RZ" + region++);
        providers.put(sha.code(), provider);
        out.addOrganisation(Organisation.of(provider, "Synthetic acute trust for " + sha.name(),
            OrganisationKind.NHS_TRUST, sha.operational().start()));
        out.addRelationship(Relationship.of(RelationshipType.ACCOUNTABLE_TO, provider, sha.code(),
            sha.operational().start()));
      }
      for (OrganisationKind kind : EnumSet.of(OrganisationKind.PRIMARY_CARE_TRUST,
          OrganisationKind.CARE_TRUST)) {
        for (Organisation pco : real.open(kind)) {
          strategicHealthAuthorityOf(pco.code()).ifPresent(sha -> {
            shas.put(pco.code(), sha);
            practices.put(pco.code(), new ArrayList<>());
            out.addOrganisation(openEnded(pco));
            out.addRelationship(real.relationships().stream()
                .filter(r -> r.type() == RelationshipType.PART_OF && r.from().equals(pco.code()))
                .findFirst().map(Builder::openEnded).orElse(Relationship.of(RelationshipType.PART_OF, pco.code(), sha, DATE)));
          });
        }
      }
      addPractices();
      addAreas();
      addMoney();
      landscape = out.build();
      patients = ImmutableMap.copyOf(lists);
      ImmutableListMultimap.Builder<OdsCode, OdsCode> byPco = ImmutableListMultimap.builder();
      practices.forEach(byPco::putAll);
      practicesByPco = byPco.build();
      shaOfPco = ImmutableMap.copyOf(shas);
      providerOfSha = ImmutableMap.copyOf(providers);
      return this;
    }

    /** A body as it stood that day, without the closure that history later brought it. */
    private static Organisation openEnded(Organisation body) {
      return body.withOperational(Period.from(body.operational().start()));
    }

    /** A relationship as it stood that day, without the end that history later brought it. */
    private static Relationship openEnded(Relationship relationship) {
      return new Relationship(relationship.type(), relationship.from(), relationship.to(),
          Period.from(relationship.period().start()));
    }

    /**
     * The authority a primary care organisation is part of that day or, where the history does
     * not say (four bodies that closed or were recoded before the 2012 ONS lookup), the authority
     * its successor was part of in 2012.
     */
    private Optional<OdsCode> strategicHealthAuthorityOf(OdsCode pco) {
      Optional<OdsCode> direct = real.parentOf(pco).filter(providers::containsKey);
      if (direct.isPresent()) {
        return direct;
      }
      for (OdsCode successor : history.lineage().descendantsOf(pco)) {
        Optional<OdsCode> later = history.parentOn(successor, LOOKUP_DATE)
            .filter(providers::containsKey);
        if (later.isPresent()) {
          return later;
        }
      }
      return Optional.empty();
    }

    private void addPractices() {
      for (Organisation practice : real.open(OrganisationKind.GP_PRACTICE)) {
        Optional<OdsCode> pco = real.primaryCareOrganisationOf(practice.code())
            .filter(shas::containsKey);
        if (pco.isEmpty()) {
          continue;
        }
        practices.get(pco.get()).add(practice.code());
        out.addOrganisation(openEnded(practice));
        real.relationships().stream().filter(r -> r.type() == RelationshipType.MEMBER_OF
            && r.from().equals(practice.code()) && r.to().equals(pco.get()))
            .map(Builder::openEnded).forEach(out::addRelationship);
        real.dutiesOf(pco.get()).stream()
            .filter(d -> d.duty().population().equals(Population.registeredListOf(practice.code())))
            .forEach(out::addDuty);
      }
      lists.keySet().retainAll(practices.values().stream().flatMap(List::stream).toList());
    }

    private void addAreas() {
      int synthetic = 0;
      for (Map.Entry<OdsCode, OdsCode> entry : shas.entrySet()) {
        OdsCode pco = entry.getKey();
        Organisation body = real.require(pco);
        OnsBody ons = onsByOds.get(pco);
        Area area = ons != null ? Area.of(ons.onsCode().value(), body.name())
            : Area.of(String.format("E169%05d", synthetic++), body.name() + " (synthetic area code)");
        out.addArea(area);
        for (CommissioningFunction function : CommissioningFunction.values()) {
          if (function.population() == PopulationType.REGISTERED_LIST) {
            continue;
          }
          Population population = function.population() == PopulationType.RESIDENTS
              ? Population.residentsOf(area) : Population.unregisteredIn(area);
          OdsCode holder = function == CommissioningFunction.SPECIALISED ? entry.getValue() : pco;
          out.addDuty(DutyAssignment.of(Duty.of(function, population), holder, DATE));
        }
      }
    }

    private void addMoney() {
      Map<OdsCode, Long> weighted = new LinkedHashMap<>();
      Map<OdsCode, Long> heads = new LinkedHashMap<>();
      practices.forEach((pco, members) -> {
        weighted.put(pco, members.stream().mapToLong(p -> weightOf(p, true)).sum());
        heads.put(pco, members.stream().mapToLong(p -> weightOf(p, false)).sum());
      });
      Map<OdsCode, Money> general = Capitation.apportion(ALLOCATED_TO_PCTS.minus(PUBLIC_HEALTH),
          weighted);
      Map<OdsCode, Money> publicHealth = Capitation.apportion(PUBLIC_HEALTH, heads);
      Map<OdsCode, Money> regionCost = new TreeMap<>();
      for (OdsCode pco : practices.keySet()) {
        Money main = general.get(pco);
        out.addAllocation(budget(pco, RingFence.GENERAL, main));
        out.addAllocation(budget(pco, RingFence.PUBLIC_HEALTH, publicHealth.get(pco)));
        runningCosts(pco, percent(main, RUNNING_COST_PERCENT));
        Money tariff = percent(main, ACUTE_TARIFF_PERCENT);
        out.addContract(Contract.builder().commissioner(pco).provider(providers.get(shas.get(pco)))
            .service(CommissioningFunction.ACUTE_ELECTIVE).year(YEAR).price(tariff).tariff(tariff)
            .build());
        regionCost.merge(shas.get(pco), main.plus(publicHealth.get(pco)), Money::plus);
      }
      regionCost.forEach((sha, total) -> runningCosts(sha, percent(total,
          SHA_RUNNING_COST_PERCENT)));
    }

    /** The same running costs every year of the plans, until a plan cuts them. */
    private void runningCosts(OdsCode body, Money amount) {
      for (int year = 0; year < PLANNED_YEARS; year++) {
        out.addRunningCost(RunningCost.of(body, YEAR.plusYears(year), amount));
      }
    }

    private long weightOf(OdsCode practice, boolean weighted) {
      RegisteredPatients list = lists.get(practice);
      if (list == null) {
        return 0;
      }
      return weighted ? Capitation.weighted(list) : list.total();
    }

    private static Allocation budget(OdsCode pco, RingFence fence, Money amount) {
      return Allocation.builder().holder(pco).accountingOfficer(pco).year(YEAR).ringFence(fence)
          .funding(Funding.CASH).amount(amount).build();
    }
  }

  /** A whole percentage of an amount, rounded down to the penny. */
  static Money percent(Money amount, int percent) {
    return Money.ofPence(Math.multiplyExact(amount.pence(), percent) / 100);
  }

  /** The functions commissioned for registered lists. */
  static Set<CommissioningFunction> listFunctions() {
    return CommissioningFunction.forPopulation(PopulationType.REGISTERED_LIST);
  }
}
