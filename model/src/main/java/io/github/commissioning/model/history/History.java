package io.github.commissioning.model.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.duty.PopulationType;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The commissioning system over time: every organisation with the days it was open, every
 * practice's membership, the relationships between bodies with their periods, and the lineage of
 * codes. Point-in-time questions (who commissioned for this practice on this day, how many bodies
 * of a kind were open) are answered by binary search over indexes built once, without building a
 * landscape; {@link #at(LocalDate)} builds the whole landscape of a day when one is wanted.
 *
 * <p>A code may name different bodies at different times (a CCG's code was carried on by its
 * sub-ICB location from 2022), so organisations are kept per code as a timeline.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class History {
  private final ImmutableMap<OdsCode, Timeline<Organisation>> organisations;
  private final ImmutableMap<OdsCode, Timeline<Membership>> memberships;
  private final ImmutableListMultimap<OdsCode, Membership> membersByParent;
  private final ImmutableListMultimap<OdsCode, Relationship> relationshipsFrom;
  private final Map<OrganisationKind, long[][]> openings;
  private final Lineage lineage;
  /** Per practice, the bodies it belonged to, each for the days both were open: built on first use. */
  private final Supplier<CommissionerIndex> commissioners =
      Suppliers.memoize(this::commissionerIndex);

  /** For a replayed history, the landscape after each change, in date order; else empty. */
  private final ImmutableList<LandscapeSnapshot> snapshots;

  private History(Builder builder) {
    this.organisations = timelines(builder.organisations, o -> o.code(), Organisation::operational);
    this.memberships = timelines(builder.memberships, Membership::practice, Membership::period);
    ImmutableListMultimap.Builder<OdsCode, Membership> byParent = ImmutableListMultimap.builder();
    builder.memberships.forEach(m -> byParent.put(m.parent(), m));
    this.membersByParent = byParent.build();
    ImmutableListMultimap.Builder<OdsCode, Relationship> from = ImmutableListMultimap.builder();
    builder.relationships.forEach(r -> from.put(r.from(), r));
    this.relationshipsFrom = from.build();
    this.openings = openings(builder.organisations);
    this.lineage = Lineage.of(builder.successions);
    this.snapshots = ImmutableList.copyOf(builder.snapshots);
  }

  /**
   * Replays changes from a starting landscape: each is applied in turn by the
   * {@link io.github.commissioning.model.transition.TransitionEngine}, so dates only move forward
   * and every landscape on the way is checked. The history keeps each landscape, so
   * {@link #at(LocalDate)} gives exactly the landscape in force on a day, money and areas
   * included; its indexes (memberships, lineage, counts) come from the same landscapes and
   * effects.
   *
   * @param start the first landscape
   * @param changes the changes, in date order
   * @return the history
   * @throws ViolationException if a change does not apply, naming it
   */
  public static History replay(Landscape start,
      Iterable<? extends Transition> changes) {
    checkNotNull(start, "start");
    checkNotNull(changes, "changes");
    Replay replay = new Replay(LandscapeSnapshot.copyOf(start));
    int step = 0;
    for (Transition change : changes) {
      step++;
      try {
        replay.apply(io.github.commissioning.model.transition.TransitionEngine
            .apply(replay.current(), change));
      } catch (ViolationException refused) {
        throw new StepRefusedException("replayed history", step,
            change, refused);
      }
    }
    return replay.finish();
  }

  private static <T> ImmutableMap<OdsCode, Timeline<T>> timelines(List<T> items,
      Function<T, OdsCode> key, Function<T, Period> period) {
    Map<OdsCode, List<T>> grouped = new HashMap<>();
    items.forEach(item -> grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
    ImmutableMap.Builder<OdsCode, Timeline<T>> built = ImmutableMap.builder();
    grouped.forEach((code, list) -> {
      list.sort(Comparator.comparing(period.andThen(p -> p.start())));
      built.put(code, new Timeline<>(list, period));
    });
    return built.build();
  }

  /** Per kind, the sorted first days and the sorted days after the last, for counting by search. */
  private static Map<OrganisationKind, long[][]> openings(List<Organisation> organisations) {
    Map<OrganisationKind, List<Organisation>> byKind = new EnumMap<>(OrganisationKind.class);
    organisations.forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
    Map<OrganisationKind, long[][]> result = new EnumMap<>(OrganisationKind.class);
    byKind.forEach((kind, list) -> {
      long[] starts = list.stream().mapToLong(o -> o.operational().start().toEpochDay()).sorted().toArray();
      long[] ends = list.stream().mapToLong(o -> o.operational().end()
          .map(e -> e.toEpochDay() + 1).orElse(Long.MAX_VALUE)).sorted().toArray();
      result.put(kind, new long[][] {starts, ends});
    });
    return result;
  }

  /**
   * Returns a builder that collects the history's records.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the lineage of codes.
   *
   * @return the succession graph
   */
  public Lineage lineage() {
    return lineage;
  }

  /**
   * Returns the organisation a code named on a day.
   *
   * @param code the code
   * @param date the day
   * @return the organisation open under that code on that day, if any
   */
  public Optional<Organisation> organisation(OdsCode code, LocalDate date) {
    checkNotNull(code, "code");
    checkNotNull(date, "date");
    Timeline<Organisation> timeline = organisations.get(code);
    return timeline == null ? Optional.empty() : timeline.on(date);
  }

  /**
   * Returns every organisation that has had the code, in order of opening.
   *
   * @param code the code
   * @return the organisations, empty if the code was never used
   */
  public ImmutableList<Organisation> organisations(OdsCode code) {
    Timeline<Organisation> timeline = organisations.get(checkNotNull(code, "code"));
    return timeline == null ? ImmutableList.of() : ImmutableList.copyOf(timeline.items());
  }

  /**
   * Returns how many organisations of a kind were open on a day, in logarithmic time.
   *
   * @param kind the kind
   * @param date the day
   * @return the number open
   */
  public int count(OrganisationKind kind, LocalDate date) {
    checkNotNull(kind, "kind");
    checkNotNull(date, "date");
    long[][] days = openings.get(kind);
    if (days == null) {
      return 0;
    }
    long day = date.toEpochDay();
    return upTo(days[0], day) - upTo(days[1], day);
  }

  /** Counts the values no greater than the day in a sorted array, by binary search. */
  private static int upTo(long[] sorted, long day) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * Returns the body a practice belonged to on a day, in logarithmic time.
   *
   * @param practice the practice
   * @param date the day
   * @return its membership on that day, if any
   */
  public Optional<Membership> membershipOn(OdsCode practice, LocalDate date) {
    checkNotNull(practice, "practice");
    checkNotNull(date, "date");
    Timeline<Membership> timeline = memberships.get(practice);
    return timeline == null ? Optional.empty() : timeline.on(date);
  }

  /**
   * Returns the primary care organisation a practice belonged to on a day, with its kind.
   *
   * @param practice the practice
   * @param date the day
   * @return the organisation, if the practice belonged to one the history knows
   */
  public Optional<Organisation> commissionerOf(OdsCode practice, LocalDate date) {
    checkNotNull(practice, "practice");
    checkNotNull(date, "date");
    long day = date.toEpochDay();
    if (CommissionerIndex.covers(day)) {
      return Optional.ofNullable(commissioners.get().on(practice, day));
    }
    return commissionerSpans(practice).stream()
        .filter(span -> span.period().contains(date))
        .map(CommissionerSpan::commissioner)
        .findFirst();
  }

  /**
   * Returns the primary care organisation of each of many (practice, day) pairs at once, as
   * {@link #commissionerOf} gives it, without an {@code Optional} per pair: the form for a
   * pipeline that maps a column of practices and a column of days. The pairs are answered a few
   * hundred at a time, each step for all of them before the next (their codes' hashes, then their
   * practices' spans, then the bodies), which lets the processor fetch the memory of many pairs
   * at once: in any order, the pairs cost less each than one {@link #commissionerOf} call.
   *
   * @param practices the pairs' practices
   * @param dates the pairs' days, as many as there are practices
   * @return for each pair, in order, its commissioner, or null where {@link #commissionerOf} is
   *     empty; a list that cannot be modified, immutable and thread-safe, which holds each
   *     answer in four bytes
   * @throws IllegalArgumentException if the two lists differ in size
   */
  public List<@Nullable Organisation> commissionersOf(List<OdsCode> practices,
      List<LocalDate> dates) {
    checkNotNull(practices, "practices");
    checkNotNull(dates, "dates");
    checkArgument(practices.size() == dates.size(), "There are %s practices but %s dates",
        practices.size(), dates.size());
    int size = practices.size();
    OdsCode[] codes = practices.toArray(new OdsCode[0]);
    int[] days = new int[size];
    List<Integer> uncovered = new ArrayList<>(0);
    int i = 0;
    for (LocalDate date : dates) {
      checkNotNull(codes[i], "practices[%s]", i);
      long day = checkNotNull(date, "dates[%s]", i).toEpochDay();
      if (CommissionerIndex.covers(day)) {
        days[i] = (int) day;
      } else {
        uncovered.add(i);
      }
      i++;
    }
    CommissionerIndex index = commissioners.get();
    int[] numbers = index.bodiesOn(codes, days);
    Map<Integer, Organisation> uncoveredBodies = new HashMap<>();
    for (int pair : uncovered) {
      numbers[pair] = Commissioners.UNCOVERED;
      commissionerOf(codes[pair], dates.get(pair))
          .ifPresent(body -> uncoveredBodies.put(pair, body));
    }
    return new Commissioners(index, numbers, uncoveredBodies);
  }

  /**
   * The answers of {@link #commissionersOf}: a list that cannot be modified, over the number of
   * each pair's body (4 bytes a pair), with the pairs whose days the index does not cover
   * answered apart.
   */
  private static final class Commissioners extends AbstractList<@Nullable Organisation>
      implements RandomAccess {
    /** The number of a pair answered apart, in {@code uncoveredBodies} if it has a body. */
    static final int UNCOVERED = CommissionerIndex.NONE - 1;

    private final CommissionerIndex index;
    private final int[] numbers;
    private final Map<Integer, Organisation> uncoveredBodies;

    Commissioners(CommissionerIndex index, int[] numbers,
        Map<Integer, Organisation> uncoveredBodies) {
      this.index = index;
      this.numbers = numbers;
      this.uncoveredBodies = Map.copyOf(uncoveredBodies);
    }

    @Override
    public @Nullable Organisation get(int pair) {
      int number = numbers[Objects.checkIndex(pair, numbers.length)];
      return number == UNCOVERED ? uncoveredBodies.get(pair) : index.body(number);
    }

    @Override
    public int size() {
      return numbers.length;
    }
  }

  /**
   * Returns the practices the history knows, each with at least one membership.
   *
   * @return their codes, ordered
   */
  public ImmutableSortedSet<OdsCode> practices() {
    return ImmutableSortedSet.copyOf(memberships.keySet());
  }

  /**
   * Returns who commissioned for a practice over time: for each membership, the days it and its
   * body's life share, with the body as it stood then. {@link #commissionerOf} gives, for a day,
   * the body of the span that holds it.
   *
   * @param practice the practice
   * @return its spans, ordered by their first day; empty if the history does not know it
   */
  public ImmutableList<CommissionerSpan> commissionerSpans(OdsCode practice) {
    Timeline<Membership> timeline = memberships.get(checkNotNull(practice, "practice"));
    return timeline == null ? ImmutableList.of() : spansOf(timeline);
  }

  private ImmutableList<CommissionerSpan> spansOf(Timeline<Membership> timeline) {
    List<CommissionerSpan> spans = new ArrayList<>();
    for (Membership membership : timeline.items()) {
      Timeline<Organisation> bodies = organisations.get(membership.parent());
      if (bodies == null) {
        continue;
      }
      for (Organisation body : bodies.items()) {
        overlap(membership.period(), body.operational())
            .ifPresent(p -> spans.add(new CommissionerSpan(p, body)));
      }
    }
    spans.sort(Comparator.comparing(span -> span.period().start()));
    return ImmutableList.copyOf(spans);
  }

  /** A practice's commissioner over the days the membership and the body's life both cover. */
  private CommissionerIndex commissionerIndex() {
    Map<OdsCode, List<CommissionerSpan>> all = new HashMap<>();
    memberships.forEach((practice, timeline) -> all.put(practice, spansOf(timeline)));
    return new CommissionerIndex(all);
  }

  /** The days two periods share, if any. */
  private static Optional<Period> overlap(Period a, Period b) {
    if (!a.overlaps(b)) {
      return Optional.empty();
    }
    LocalDate start = latest(a.start(), b.start());
    Optional<LocalDate> end = a.end().isEmpty() ? b.end() : b.end().isEmpty() ? a.end()
        : Optional.of(a.end().get().isBefore(b.end().get()) ? a.end().get() : b.end().get());
    return Optional.of(end.map(e -> Period.of(start, e)).orElse(Period.from(start)));
  }

  /**
   * Returns every membership of a practice, in date order.
   *
   * @param practice the practice
   * @return its memberships
   */
  public ImmutableList<Membership> memberships(OdsCode practice) {
    Timeline<Membership> timeline = memberships.get(checkNotNull(practice, "practice"));
    return timeline == null ? ImmutableList.of() : ImmutableList.copyOf(timeline.items());
  }

  /**
   * Returns the practices that belonged to a body on a day.
   *
   * @param body the body
   * @param date the day
   * @return the practices' codes
   */
  public ImmutableList<OdsCode> membersOn(OdsCode body, LocalDate date) {
    checkNotNull(body, "body");
    checkNotNull(date, "date");
    return membersByParent.get(body).stream().filter(m -> m.period().contains(date))
        .map(Membership::practice).sorted().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the body a body was part of on a day (an ICB of a sub-ICB location, an SHA of a PCT).
   *
   * @param body the body
   * @param date the day
   * @return its parent, if the history records one
   */
  public Optional<OdsCode> parentOn(OdsCode body, LocalDate date) {
    return relationshipsFrom.get(checkNotNull(body, "body")).stream()
        .filter(r -> r.type() == RelationshipType.PART_OF && r.period().contains(date))
        .map(Relationship::to).findFirst();
  }

  /**
   * Builds the landscape of a day: the organisations open then, the memberships and relationships
   * in force between them, and every registered list's duties held by its practice's commissioner
   * (by the body it is part of, delegated to it, where the commissioner cannot hold duties itself,
   * as with a sub-ICB location and its ICB). The history records no areas or money, so the
   * landscape has none.
   *
   * @param date the day
   * @return the landscape, checked like any other
   * @throws ViolationException if the history's records on that day break an invariant
   */
  public LandscapeSnapshot at(LocalDate date) {
    checkNotNull(date, "date");
    if (!snapshots.isEmpty()) {
      return replayedAt(date);
    }
    LandscapeSnapshot.Builder builder = LandscapeSnapshot.builder(date);
    Set<OdsCode> open = new HashSet<>();
    organisations.forEach((code, timeline) -> timeline.on(date).ifPresent(o -> {
      builder.addOrganisation(o);
      open.add(code);
    }));
    relationshipsFrom.values().stream()
        .filter(r -> r.period().contains(date) && open.contains(r.from()) && open.contains(r.to()))
        .forEach(builder::addRelationship);
    memberships.forEach((practice, timeline) -> timeline.on(date)
        .filter(m -> open.contains(practice) && open.contains(m.parent()))
        .ifPresent(m -> {
          // A membership recorded from before the body took its current form (a CCG's code carried
          // on by a sub-ICB location) starts, in this landscape, when both ends were open.
          LocalDate since = latest(m.period().start(), latest(
              organisation(practice, date).orElseThrow().operational().start(),
              organisation(m.parent(), date).orElseThrow().operational().start()));
          builder.addRelationship(new Relationship(RelationshipType.MEMBER_OF, practice, m.parent(),
              m.period().end().map(end -> Period.of(since, end)).orElse(Period.from(since))));
          duties(builder, practice, m, date);
        }));
    return builder.build();
  }

  /**
   * Indexes a sequence of dated changes into a history without building landscapes, for
   * histories too long to replay through the engine (the real one has over a hundred thousand
   * changes). Only what changes organisations, memberships, hierarchy (part of) and lineage is
   * read; each change that contradicts the record so far, or gives a body a code not of its kind,
   * is reported and skipped, as is a change dated before the one before it.
   *
   * @param changes the changes, in date order
   * @param problems where each skipped change is reported
   * @return the history; {@link #at(LocalDate)} derives each day's landscape from its indexes
   */
  public static History index(Iterable<? extends Transition> changes,
      Consumer<Violation> problems) {
    checkNotNull(changes, "changes");
    checkNotNull(problems, "problems");
    Chronicle chronicle = new Chronicle(problems);
    changes.forEach(chronicle::record);
    return chronicle.finish();
  }

  /** The landscape of the last change on or before the day, moved to the day. */
  private LandscapeSnapshot replayedAt(LocalDate date) {
    LandscapeSnapshot found = null;
    int low = 0;
    int high = snapshots.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (!snapshots.get(mid).date().isAfter(date)) {
        found = snapshots.get(mid);
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found == null) {
      throw ViolationException.of(Invariant.DATE_OUTSIDE_LIFETIME, "The history starts on "
          + snapshots.get(0).date() + " and has no landscape for " + date, date);
    }
    return found.date().equals(date) ? found : found.toBuilder(date).build();
  }

  private void duties(LandscapeSnapshot.Builder builder, OdsCode practice, Membership membership,
      LocalDate date) {
    Organisation practiceBody = organisation(practice, date).orElseThrow();
    if (!practiceBody.kind().can(Capacity.REGISTER_PATIENTS)) {
      return;
    }
    Organisation commissioner = organisation(membership.parent(), date).orElseThrow();
    OdsCode accountable = commissioner.code();
    Optional<OdsCode> delegate = Optional.empty();
    if (!commissioner.kind().can(Capacity.HOLD_DUTIES)) {
      Optional<OdsCode> parent = parentOn(commissioner.code(), date);
      if (parent.isEmpty()) {
        return;
      }
      accountable = parent.get();
      delegate = Optional.of(commissioner.code());
    }
    LocalDate since = latest(membership.period().start(), latest(commissioner.operational().start(),
        organisation(accountable, date).map(o -> o.operational().start()).orElse(date)));
    for (CommissioningFunction function : CommissioningFunction.forPopulation(PopulationType.REGISTERED_LIST)) {
      builder.addDuty(new DutyAssignment(Duty.of(function, Population.registeredListOf(practice)),
          accountable, delegate, since));
    }
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Collects a history's records; {@link #build()} checks they agree with each other. Not
   * thread-safe.
   */
  public static final class Builder {
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<Succession> successions = new ArrayList<>();
    private final List<LandscapeSnapshot> snapshots = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an organisation with the days it was open.
     *
     * @param organisation the organisation
     * @return this builder
     */
    public Builder organisation(Organisation organisation) {
      organisations.add(checkNotNull(organisation, "organisation"));
      return this;
    }

    /**
     * Adds a practice's membership of a body.
     *
     * @param membership the membership
     * @return this builder
     */
    public Builder membership(Membership membership) {
      memberships.add(checkNotNull(membership, "membership"));
      return this;
    }

    /**
     * Adds a relationship between bodies, with its period.
     *
     * @param relationship the relationship
     * @return this builder
     */
    public Builder relationship(Relationship relationship) {
      relationships.add(checkNotNull(relationship, "relationship"));
      return this;
    }

    /**
     * Adds an edge of lineage.
     *
     * @param succession the edge
     * @return this builder
     */
    public Builder succession(Succession succession) {
      successions.add(checkNotNull(succession, "succession"));
      return this;
    }

    /** The landscapes of a replayed history, in date order. */
    Builder snapshots(List<LandscapeSnapshot> replayed) {
      snapshots.addAll(replayed);
      return this;
    }

    /**
     * Builds the history, refusing records that contradict each other.
     *
     * @return the history
     * @throws ViolationException with {@link Invariant#RECORD_INCONSISTENT} listing every code
     *     used by two organisations at once and every practice in two bodies at once
     */
    public History build() {
      dropExactDuplicates();
      List<Violation> problems = new ArrayList<>();
      check(problems::add);
      if (!problems.isEmpty()) {
        throw new ViolationException(problems);
      }
      return new History(this);
    }

    /**
     * Builds the history, reporting each contradiction and leaving out the later of each
     * contradicting pair of records.
     *
     * @param problems where each contradiction is reported
     * @return the history of the records that agree
     */
    public History build(Consumer<Violation> problems) {
      checkNotNull(problems, "problems");
      dropExactDuplicates();
      Set<Object> dropped = check(problems);
      // By identity: an exact duplicate's first copy is kept, only the later one dropped.
      organisations.removeIf(dropped::contains);
      memberships.removeIf(dropped::contains);
      return new History(this);
    }

    /** A record given twice counts once, as an edge of lineage does. */
    private void dropExactDuplicates() {
      List<Organisation> distinctOrganisations = organisations.stream().distinct().toList();
      organisations.clear();
      organisations.addAll(distinctOrganisations);
      List<Membership> distinctMemberships = memberships.stream().distinct().toList();
      memberships.clear();
      memberships.addAll(distinctMemberships);
    }

    /** Reports overlaps; returns the later record of each overlapping pair. */
    private Set<Object> check(Consumer<Violation> problems) {
      Set<Object> later = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      Map<OdsCode, List<Organisation>> byCode = new HashMap<>();
      organisations.forEach(o -> byCode.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(o));
      byCode.forEach((code, list) -> Timeline.overlaps(list, Organisation::operational).forEach(pair -> {
        later.add(pair.get(1));
        problems.accept(Violation.of(Invariant.RECORD_INCONSISTENT, "Code " + code
            + " names two organisations at once: " + pair.get(0) + " and " + pair.get(1), code));
      }));
      Map<OdsCode, List<Membership>> byPractice = new HashMap<>();
      memberships.forEach(m -> byPractice.computeIfAbsent(m.practice(), k -> new ArrayList<>()).add(m));
      byPractice.forEach((practice, list) -> Timeline.overlaps(list, Membership::period).forEach(pair -> {
        later.add(pair.get(1));
        problems.accept(Violation.of(Invariant.RECORD_INCONSISTENT, "Practice " + practice
            + " belongs to two bodies at once: " + pair.get(0) + " and " + pair.get(1), practice,
            pair.get(0).parent(), pair.get(1).parent()));
      }));
      return later;
    }
  }
}
