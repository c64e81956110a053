package io.github.commissioning.model.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/**
 * Shared fixture and assertions for the transition engine's example tests: the England-like
 * sample, its codes and amounts, and checks that a transition applied (conserving money, leaving
 * its input alone) or was refused (naming a code and a subject, leaving its input alone).
 */
public final class Engine {
  private Engine() {}

  /** The sample's date. */
  public static final LocalDate SAMPLE_DATE = SampleLandscapes.ENGLAND_LIKE_DATE;
  /** A day in the same financial year, after the sample. */
  public static final LocalDate D = LocalDate.of(2010, 10, 1);
  /** The sample's financial year. */
  public static final FinancialYear YEAR = SampleLandscapes.YEAR;

  public static final OdsCode DOH = SampleLandscapes.DEPARTMENT;
  public static final OdsCode Q30 = SampleLandscapes.NORTH_EAST;
  public static final OdsCode Q36 = SampleLandscapes.LONDON;
  public static final OdsCode HARTLEPOOL = SampleLandscapes.HARTLEPOOL;
  public static final OdsCode STOCKTON = SampleLandscapes.STOCKTON;
  public static final OdsCode BRENT = SampleLandscapes.BRENT;
  public static final OdsCode KENSINGTON = SampleLandscapes.KENSINGTON;
  public static final OdsCode DENSHAM = SampleLandscapes.DENSHAM_SURGERY;
  public static final OdsCode RVW = SampleLandscapes.NORTH_TEES_FT;
  public static final OdsCode RYJ = SampleLandscapes.IMPERIAL;
  /** The national board's code; it is not in the sample. */
  public static final OdsCode X24 = OdsCode.of("X24");
  /** A code no body of the sample has. */
  public static final OdsCode UNKNOWN_PCT = OdsCode.of("5ZZ");

  public static final Area HARTLEPOOL_AREA = Area.of("E16000019", "Hartlepool");
  public static final Area STOCKTON_AREA = Area.of("E16000020", "Stockton-on-Tees");
  public static final Area BRENT_AREA = Area.of("E16000045", "Brent");
  public static final Area KENSINGTON_AREA = Area.of("E16000056", "Kensington and Chelsea");

  public static final ImmutableList<OdsCode> HARTLEPOOL_PRACTICES =
      codes("A81003", "A81007", "A81011", "A81031", "A81041");
  public static final ImmutableList<OdsCode> STOCKTON_PRACTICES =
      codes("A81001", "A81002", "A81006", "A81014", "A81017");
  public static final ImmutableList<OdsCode> BRENT_PRACTICES =
      codes("E83654", "E84002", "E84003", "E84006", "E84007");
  public static final ImmutableList<OdsCode> KENSINGTON_PRACTICES =
      codes("E87003", "E87004", "E87007", "E87012", "E87013");

  /** General cash budgets of the PCTs, in pence. */
  public static final long HARTLEPOOL_GENERAL = 61_000_000_000L;
  public static final long STOCKTON_GENERAL = 52_000_000_000L;
  public static final long BRENT_GENERAL = 47_000_000_000L;
  public static final long KENSINGTON_GENERAL = 33_000_000_000L;
  /** The indicative budget of the Densham Surgery, in pence. */
  public static final long DENSHAM_INDICATIVE = 420_000_000L;
  /** All the cash of 2010/11 in the sample: general budgets plus 5% public health, in pence. */
  public static final long TOTAL_CASH = 202_650_000_000L;

  /** The first day of the Tees PCTs and their practices' memberships. */
  public static final LocalDate TEES_OPENED = LocalDate.of(2001, 4, 1);
  /** The first day of the London PCTs and their practices' memberships. */
  public static final LocalDate LONDON_OPENED = LocalDate.of(2002, 4, 1);
  /** The first day of the SHAs and the PCTs' relationships to them. */
  public static final LocalDate SHAS_OPENED = LocalDate.of(2006, 7, 1);

  /** The effects of one kind, in order. */
  public static <E extends Effect> ImmutableList<E> only(Applied applied, Class<E> type) {
    return applied.effects(type);
  }

  /** The effects that are not of the given kinds, in order. */
  @SafeVarargs
  public static ImmutableList<Effect> without(Applied applied, Class<? extends Effect>... types) {
    return applied.effects().stream()
        .filter(e -> Arrays.stream(types).noneMatch(t -> t.isInstance(e)))
        .collect(ImmutableList.toImmutableList());
  }

  /** A DutyMoved effect for every duty {@code from} holds in {@code before}, to {@code to}. */
  public static ImmutableSet<Effect.DutyMoved> everyDutyMoved(Landscape before, OdsCode from,
      OdsCode to) {
    return before.dutiesOf(from).stream().map(d -> new Effect.DutyMoved(d.duty(), from, to))
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Asserts the DutyMoved effects are exactly the given ones, each once. */
  public static void assertDutiesMoved(Iterable<Effect.DutyMoved> expected, Applied applied) {
    ImmutableList<Effect.DutyMoved> actual = applied.effects(Effect.DutyMoved.class);
    assertEquals(ImmutableSet.copyOf(expected), ImmutableSet.copyOf(actual));
    assertEquals(ImmutableSet.copyOf(actual).size(), actual.size(), "no duty moves twice");
  }

  public static Effect.RelationshipEnded ended(RelationshipType type, OdsCode from, OdsCode to,
      LocalDate since, LocalDate changeDate) {
    return new Effect.RelationshipEnded(Relationship.of(type, from, to, since)
        .endedOn(changeDate.minusDays(1)));
  }

  public static Effect.RelationshipStarted started(RelationshipType type, OdsCode from, OdsCode to,
      LocalDate since) {
    return new Effect.RelationshipStarted(Relationship.of(type, from, to, since));
  }

  /** The three effects of a practice's membership being repointed on {@code date}. */
  public static ImmutableList<Effect> repointed(OdsCode practice, OdsCode from, OdsCode to,
      LocalDate since, LocalDate date) {
    return ImmutableList.of(ended(RelationshipType.MEMBER_OF, practice, from, since, date),
        started(RelationshipType.MEMBER_OF, practice, to, date),
        new Effect.MembershipChanged(practice, Optional.of(from), Optional.of(to)));
  }

  /** The effects of repointing several practices, in order. */
  public static ImmutableList<Effect> repointedAll(Iterable<OdsCode> practices, OdsCode from,
      OdsCode to, LocalDate since, LocalDate date) {
    ImmutableList.Builder<Effect> all = ImmutableList.builder();
    practices.forEach(p -> all.addAll(repointed(p, from, to, since, date)));
    return all.build();
  }

  /**
   * Returns a freshly built sample.
   *
   * @return the England-like landscape on 2010-06-01
   */
  public static LandscapeSnapshot sample() {
    return TestLandscapes.englandLike();
  }

  public static Money pence(long pence) {
    return Money.ofPence(pence);
  }

  public static ImmutableList<OdsCode> codes(String... codes) {
    return Arrays.stream(codes).map(OdsCode::of).collect(ImmutableList.toImmutableList());
  }

  public static Duty duty(CommissioningFunction function, Population population) {
    return Duty.of(function, population);
  }

  public static Population list(OdsCode practice) {
    return Population.registeredListOf(practice);
  }

  /** The registered lists of the given practices and the residents and unregistered of an area. */
  public static Population[] populations(Iterable<OdsCode> practices, Area... areas) {
    ImmutableList.Builder<Population> all = ImmutableList.builder();
    practices.forEach(p -> all.add(Population.registeredListOf(p)));
    for (Area area : areas) {
      all.add(Population.residentsOf(area), Population.unregisteredIn(area));
    }
    return all.build().toArray(new Population[0]);
  }

  public static Organisation pct(String code, String name, LocalDate opened) {
    return Organisation.of(OdsCode.of(code), name, OrganisationKind.PRIMARY_CARE_TRUST, opened);
  }

  /** The national board X24, part of and accountable to the Department, opening on {@code date}. */
  public static Establish establishBoard(LocalDate date) {
    return Establish.of(Organisation.of(X24, "NHS Commissioning Board", OrganisationKind.NATIONAL_BOARD,
        date), Relationship.of(RelationshipType.PART_OF, X24, DOH, date),
        Relationship.of(RelationshipType.ACCOUNTABLE_TO, X24, DOH, date));
  }

  /** The budget of a holder with the given ring-fence and funding for the sample's year. */
  public static Optional<Allocation> budget(Landscape landscape, OdsCode holder, RingFence ringFence,
      Funding funding) {
    return landscape.budgetsOf(holder, YEAR).stream()
        .filter(a -> a.ringFence() == ringFence && a.funding() == funding).findFirst();
  }

  /** The amount of a budget in pence, or -1 if there is none. */
  public static long amount(Landscape landscape, OdsCode holder, RingFence ringFence, Funding funding) {
    return budget(landscape, holder, ringFence, funding).map(a -> a.amount().pence()).orElse(-1L);
  }

  public static long general(Landscape landscape, OdsCode holder) {
    return amount(landscape, holder, RingFence.GENERAL, Funding.CASH);
  }

  public static Effect.MoneyMoved moved(OdsCode from, OdsCode to, RingFence ringFence, Funding funding,
      long pence) {
    return new Effect.MoneyMoved(Optional.ofNullable(from), Optional.ofNullable(to), YEAR, ringFence,
        funding, Money.ofPence(pence));
  }

  /**
   * Applies a transition to a freshly built sample and checks that the sample is unchanged and that
   * the cash of every year is conserved unless the transition adds money.
   */
  public static Applied applyToSample(Transition transition) {
    return applyChecked(sample(), transition);
  }

  /**
   * Applies a transition and checks the input is unchanged (equal to a copy taken before) and that
   * money is conserved unless the transition adds money.
   */
  public static Applied applyChecked(Landscape landscape, Transition transition) {
    LandscapeSnapshot copy = LandscapeSnapshot.copyOf(landscape).toBuilder(landscape.date()).build();
    Applied applied = TransitionEngine.apply(landscape, transition);
    assertEquals(copy, landscape, "the landscape applied to must not change");
    assertEquals(landscape, applied.before());
    assertEquals(transition, applied.transition());
    assertEquals(transition.date(), applied.after().date());
    if (!transition.addsMoney()) {
      assertConserved(landscape, applied.after());
    }
    return applied;
  }

  /** Every year's cash total is the same in both landscapes. */
  public static void assertConserved(Landscape before, Landscape after) {
    ImmutableSet<FinancialYear> years = java.util.stream.Stream.concat(
        before.allocations().stream(), after.allocations().stream()).map(Allocation::year)
        .collect(ImmutableSet.toImmutableSet());
    for (FinancialYear year : years) {
      assertEquals(before.totalAllocated(year), after.totalAllocated(year),
          "cash allocated for " + year);
    }
  }

  /** The sample is as built: equal to a fresh one, and a few queries answer as they should. */
  public static void assertSampleUnchanged(Landscape landscape) {
    assertEquals(sample(), landscape);
    assertEquals(SAMPLE_DATE, landscape.date());
    assertEquals(pence(TOTAL_CASH), landscape.totalAllocated(YEAR));
    assertEquals(ImmutableSet.copyOf(STOCKTON_PRACTICES), landscape.membersOf(STOCKTON));
    assertEquals(Optional.of(Q30), landscape.parentOf(HARTLEPOOL));
    assertEquals(47, landscape.dutiesOf(STOCKTON).size());
    assertEquals(pence(STOCKTON_GENERAL), budget(landscape, STOCKTON, RingFence.GENERAL,
        Funding.CASH).orElseThrow().amount());
    assertEquals(OrganisationKind.NHS_TRUST, landscape.require(RYJ).kind());
    assertEquals(io.github.commissioning.policy.Policy.NONE, landscape.policy());
  }

  /**
   * Asserts that applying a transition to the sample is refused with a violation of the given code
   * naming the subject, and that the sample is left unchanged.
   */
  public static ViolationException refusedOnSample(Invariant code, Object subject,
      Transition transition) {
    LandscapeSnapshot landscape = sample();
    ViolationException refused = assertRefused(code.name(), subject,
        () -> TransitionEngine.apply(landscape, transition));
    assertSampleUnchanged(landscape);
    return refused;
  }

  /**
   * Asserts that applying a transition to a landscape is refused with a violation of the given code
   * naming the subject, and that the landscape is left unchanged.
   */
  public static ViolationException refused(Landscape landscape, String code, Object subject,
      Transition transition) {
    LandscapeSnapshot copy = LandscapeSnapshot.copyOf(landscape).toBuilder(landscape.date()).build();
    ViolationException refused = assertRefused(code, subject,
        () -> TransitionEngine.apply(landscape, transition));
    assertEquals(copy, landscape, "a refused transition must not change its landscape");
    return refused;
  }

  /** Asserts that code throws a violation of the given code (invariant or policy rule) naming the subject. */
  public static ViolationException assertRefused(String code, Object subject, Executable executable) {
    ViolationException thrown = assertThrows(ViolationException.class, executable,
        () -> "expected a refusal with " + code + " naming " + subject);
    assertNames(thrown, code, subject);
    return thrown;
  }

  public static ViolationException assertRefused(Invariant code, Object subject, Executable executable) {
    return assertRefused(code.name(), subject, executable);
  }

  public static void assertNames(ViolationException thrown, String code, Object subject) {
    String written = String.valueOf(subject);
    for (Violation violation : thrown.violations()) {
      if (violation.code().equals(code) && violation.subjects().contains(written)) {
        return;
      }
    }
    fail("expected a violation " + code + " naming " + written + ", but found:\n"
        + thrown.violations().stream().map(v -> "  " + v + " " + v.subjects())
            .collect(Collectors.joining("\n")));
  }

  /** Asserts that a constructor or factory refuses null with a NullPointerException naming it. */
  public static void assertNullNamed(String parameter, Executable executable) {
    NullPointerException thrown = assertThrows(NullPointerException.class, executable);
    assertEquals(parameter, thrown.getMessage(), "the NullPointerException should name " + parameter);
  }
}
