package io.github.commissioning.testkit.generator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.testkit.TransitionApplier;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.AppointAccountingOfficer;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.CutRunningCosts;
import io.github.commissioning.transition.Delegate;
import io.github.commissioning.transition.EndDelegation;
import io.github.commissioning.transition.EndRelationship;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.JoinConsortium;
import io.github.commissioning.transition.LeaveConsortium;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Recode;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.RepriceContract;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import io.github.commissioning.transition.Succeed;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.transition.TransferDuties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Generators of transitions that apply to a given landscape, of every kind the landscape allows,
 * and of sequences of them. Each kind is built from the landscape's own state (a practice moves
 * from the primary care organisation it is in, money moves only from a budget that holds it), so
 * no filtering is needed; shrinking leads to the first kinds listed (a rename), earlier dates and
 * smaller sums.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Transitions {
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

  private Transitions() {}

  /** One kind of transition: empty when the landscape offers nothing for it to act on. */
  private interface Kind extends BiFunction<Context, Source, Optional<Transition>> {}

  private static final ImmutableList<Kind> KINDS = ImmutableList.of(
      Transitions::rename, Transitions::movePractice, Transitions::transferDuties,
      Transitions::merge, Transitions::absorb, Transitions::split, Transitions::close,
      Transitions::recode, Transitions::delegate, Transitions::endDelegation,
      Transitions::formFederation, Transitions::allocate, Transitions::convertToCash,
      Transitions::reinvest, Transitions::reprice, Transitions::authorise, Transitions::cutCosts,
      Transitions::establish, Transitions::joinFederation, Transitions::leaveFederation,
      Transitions::appointOfficer, Transitions::signContract, Transitions::changePolicy,
      Transitions::commissionProvider, Transitions::endAccountability, Transitions::abolish,
      Transitions::succeed);

  /**
   * Returns a generator of transitions that apply to the landscape, dated from its date to 60 days
   * after, shrinking towards the next day. Every landscape with an open primary care trust offers
   * at least a rename.
   *
   * @param landscape the landscape the transitions apply to
   * @return the generator
   */
  public static Gen<Transition> validFor(Landscape landscape) {
    checkNotNull(landscape, "landscape");
    return source -> {
      // The simplest change comes a day after the landscape (choice 0), so that a body opened by
      // one change can close in the next; the same day is the last choice, still reachable.
      Context context = new Context(landscape, landscape.date().plusDays((source.drawInt(60) + 1) % 61));
      int first = source.drawInt(KINDS.size() - 1);
      for (int i = 0; i < KINDS.size(); i++) {
        Optional<Transition> made = KINDS.get((first + i) % KINDS.size()).apply(context, source);
        if (made.isPresent()) {
          return made.get();
        }
      }
      throw new IllegalArgumentException("The landscape of " + landscape.date()
          + " offers nothing to change: it has no open commissioner");
    };
  }

  /**
   * Returns a generator of sequences of transitions, each applied to the landscape the previous
   * ones left, with their outcomes.
   *
   * @param start the first landscape
   * @param maxSteps the most steps, at least 1
   * @param applier the implementation's way of applying transitions
   * @return the generator of outcomes, in order
   */
  public static Gen<List<Applied>> sequences(Landscape start, int maxSteps, TransitionApplier applier) {
    checkNotNull(start, "start");
    checkNotNull(applier, "applier");
    checkArgument(maxSteps >= 1, "maxSteps must be at least 1, not %s", maxSteps);
    return source -> {
      List<Applied> outcomes = new ArrayList<>();
      Landscape current = start;
      for (int i = 0; Continuation.another(source, i, 1, maxSteps); i++) {
        Applied applied = applier.apply(current, validFor(current).generate(source));
        outcomes.add(applied);
        current = applied.after();
      }
      return outcomes;
    };
  }

  /**
   * Returns a generator of reorganisations that apply to the landscape: a sequence of valid
   * changes, named and dated from the first.
   *
   * @param start the landscape they apply to
   * @param maxSteps the most steps, at least 1
   * @param applier the implementation's way of applying transitions, used to find each next step
   * @return the generator
   */
  public static Gen<Reorganisation> reorganisations(Landscape start, int maxSteps,
      TransitionApplier applier) {
    return sequences(start, maxSteps, applier).map(steps -> Reorganisation.of(
        "generated reorganisation of " + steps.size() + " steps", steps.get(0).transition().date(),
        steps.stream().map(Applied::transition).toList()));
  }

  /** What the kinds need to know about the landscape. */
  private record Context(Landscape landscape, LocalDate date) {
    FinancialYear year() {
      return FinancialYear.containing(date);
    }

    List<Organisation> commissioners() {
      List<Organisation> found = new ArrayList<>();
      for (OrganisationKind kind : OrganisationKind.values()) {
        if (kind.can(Capacity.HAVE_PRACTICE_MEMBERS) && kind.can(Capacity.HOLD_DUTIES)) {
          found.addAll(landscape.open(kind));
        }
      }
      return found;
    }

    /** Open PCTs that have been open at least a day before the change, so may close on it. */
    List<Organisation> closablePcts() {
      return landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).stream()
          .filter(o -> o.operational().start().isBefore(date)).toList();
    }

    Money generalCash(OdsCode holder) {
      return landscape.budgetsOf(holder, year()).stream()
          .filter(a -> a.funding() == Funding.CASH && a.ringFence() == RingFence.GENERAL)
          .map(Allocation::amount).findFirst().orElse(Money.ZERO);
    }

    OdsCode unusedCode(Source source, OrganisationKind kind) {
      for (int attempt = 0; ; attempt++) {
        String candidate = switch (kind) {
          case PRIMARY_CARE_TRUST -> "5" + letter(source) + letter(source);
          case PRACTICE_FEDERATION -> "FED" + letter(source) + letter(source);
          case NHS_TRUST -> "R" + letter(source) + letter(source);
          default -> throw new IllegalArgumentException("no codes for " + kind);
        };
        OdsCode code = OdsCode.of(candidate);
        if (landscape.organisation(code).isEmpty()) {
          return code;
        }
        if (attempt > 10_000) {
          throw new IllegalStateException("no unused code of a " + kind + " left");
        }
      }
    }
  }

  private static char letter(Source source) {
    return LETTERS.charAt(source.drawInt(LETTERS.length() - 1));
  }

  private static <T> Optional<T> pick(Source source, List<T> from) {
    return from.isEmpty() ? Optional.empty() : Optional.of(from.get(source.drawInt(from.size() - 1)));
  }

  /** From nothing to the whole of an amount. */
  private static Money portion(Source source, Money whole) {
    return Money.ofPence(source.draw(whole.pence()));
  }

  private static Optional<Transition> rename(Context c, Source source) {
    return pick(source, c.commissioners()).map(body -> new Rename(c.date(), body.code(),
        body.name() + " (renamed " + (1 + source.drawInt(9)) + ")"));
  }

  private static Optional<Transition> movePractice(Context c, Source source) {
    List<Organisation> practices = c.landscape().open(OrganisationKind.GP_PRACTICE).asList();
    Optional<Organisation> practice = pick(source, practices);
    if (practice.isEmpty()) {
      return Optional.empty();
    }
    OdsCode from = c.landscape().primaryCareOrganisationOf(practice.get().code()).orElseThrow();
    OrganisationKind kind = c.landscape().require(from).kind();
    return pick(source, c.landscape().open(kind).stream().filter(o -> !o.code().equals(from)).toList())
        .map(to -> new MovePractice(c.date(), practice.get().code(), from, to.code(),
            portion(source, c.generalCash(from))));
  }

  private static Optional<Transition> transferDuties(Context c, Source source) {
    List<Organisation> commissioners = c.commissioners();
    Optional<Organisation> from = pick(source, commissioners);
    if (from.isEmpty() || c.landscape().dutiesOf(from.get().code()).isEmpty()) {
      return Optional.empty();
    }
    List<DutyAssignment> held = c.landscape().dutiesOf(from.get().code()).asList();
    DutyAssignment chosen = held.get(source.drawInt(held.size() - 1));
    DutySelection selection = DutySelection.of(chosen.duty().function());
    if (source.drawBoolean(0.5)) {
      selection = selection.forPopulations(chosen.duty().population());
    }
    DutySelection selected = selection;
    return pick(source, commissioners.stream().filter(o -> !o.equals(from.get())).toList())
        .map(to -> new TransferDuties(c.date(), from.get().code(), to.code(), selected,
            portion(source, c.generalCash(from.get().code()))));
  }

  private static Optional<Transition> merge(Context c, Source source) {
    List<Organisation> pcts = c.closablePcts();
    if (pcts.size() < 2) {
      return Optional.empty();
    }
    int first = source.drawInt(pcts.size() - 1);
    int second = (first + 1 + source.drawInt(pcts.size() - 2)) % pcts.size();
    Organisation merged = Organisation.of(c.unusedCode(source, OrganisationKind.PRIMARY_CARE_TRUST),
        "Merged PCT", OrganisationKind.PRIMARY_CARE_TRUST, c.date());
    return Optional.of(Merge.intoNew(merged, pcts.get(first).code(), pcts.get(second).code())
        .withConsentOfAll());
  }

  private static Optional<Transition> absorb(Context c, Source source) {
    List<Organisation> pcts = c.closablePcts();
    if (pcts.size() < 2) {
      return Optional.empty();
    }
    int into = source.drawInt(pcts.size() - 1);
    int absorbed = (into + 1 + source.drawInt(pcts.size() - 2)) % pcts.size();
    return Optional.of(Merge.into(c.date(), pcts.get(into).code(), pcts.get(absorbed).code())
        .withConsentOfAll());
  }

  private static Optional<Transition> close(Context c, Source source) {
    List<Organisation> pcts = c.closablePcts();
    if (pcts.size() < 2) {
      return Optional.empty();
    }
    int body = source.drawInt(pcts.size() - 1);
    int successor = (body + 1 + source.drawInt(pcts.size() - 2)) % pcts.size();
    return Optional.of(Close.of(c.date(), pcts.get(body).code(), pcts.get(successor).code()));
  }

  private static Optional<Transition> recode(Context c, Source source) {
    return pick(source, c.closablePcts())
        .map(pct -> new Recode(c.date(), pct.code(),
            c.unusedCode(source, OrganisationKind.PRIMARY_CARE_TRUST)));
  }

  /** Splits a PCT between a new PCT and an existing one, each population going to one of them. */
  private static Optional<Transition> split(Context c, Source source) {
    List<Organisation> pcts = c.closablePcts();
    if (pcts.size() < 2) {
      return Optional.empty();
    }
    int body = source.drawInt(pcts.size() - 1);
    OdsCode split = pcts.get(body).code();
    OdsCode other = pcts.get((body + 1 + source.drawInt(pcts.size() - 2)) % pcts.size()).code();
    List<Population> served = new ArrayList<>();
    c.landscape().dutiesOf(split).forEach(d -> {
      if (!served.contains(d.duty().population())) {
        served.add(d.duty().population());
      }
    });
    c.landscape().membersOf(split).stream().map(Population::registeredListOf)
        .filter(p -> !served.contains(p)).forEach(served::add);
    List<Population> toNew = new ArrayList<>();
    List<Population> toOther = new ArrayList<>();
    for (Population population : served) {
      (source.drawBoolean(0.5) ? toOther : toNew).add(population);
    }
    long denominator = 2 + source.drawInt(98);
    long numerator = source.draw(denominator);
    Organisation successor = Organisation.of(c.unusedCode(source, OrganisationKind.PRIMARY_CARE_TRUST),
        "Successor PCT", OrganisationKind.PRIMARY_CARE_TRUST, c.date());
    return Optional.of(Split.of(c.date(), split,
        SplitPart.toNew(successor, Share.of(denominator - numerator, denominator),
            toNew.toArray(new Population[0])),
        SplitPart.to(other, Share.of(numerator, denominator), toOther.toArray(new Population[0]))));
  }

  private static Optional<Transition> delegate(Context c, Source source) {
    return pick(source, c.landscape().open(OrganisationKind.GP_PRACTICE).asList()).flatMap(practice -> {
      Population list = Population.registeredListOf(practice.code());
      return c.landscape().duties().stream()
          .filter(d -> d.duty().population().equals(list) && d.delegate().isEmpty()).findFirst()
          .map(d -> new Delegate(c.date(), d.accountable(), practice.code(),
              DutySelection.of(d.duty().function()).forPopulations(list)));
    });
  }

  private static Optional<Transition> endDelegation(Context c, Source source) {
    return pick(source, c.landscape().duties().stream().filter(d -> d.delegate().isPresent()).toList())
        .map(d -> new EndDelegation(c.date(), d.accountable(), d.delegate().get(),
            DutySelection.of(d.duty().function()).forPopulations(d.duty().population())));
  }

  private static Optional<Transition> formFederation(Context c, Source source) {
    List<OdsCode> free = c.landscape().open(OrganisationKind.GP_PRACTICE).stream()
        .map(Organisation::code)
        .filter(p -> c.landscape().targetsOf(p, RelationshipType.MEMBER_OF)
            .size() == 1)
        .toList();
    if (free.isEmpty()) {
      return Optional.empty();
    }
    int from = source.drawInt(free.size() - 1);
    int count = 1 + source.drawInt(Math.min(free.size() - from, 5) - 1);
    Organisation federation = Organisation.of(c.unusedCode(source, OrganisationKind.PRACTICE_FEDERATION),
        "Practice federation", OrganisationKind.PRACTICE_FEDERATION, c.date());
    return Optional.of(FormConsortium.of(federation, free.subList(from, from + count)));
  }

  private static Optional<Transition> allocate(Context c, Source source) {
    return pick(source, c.commissioners()).map(body -> {
      RingFence ringFence = source.drawBoolean(0.5) ? RingFence.PUBLIC_HEALTH : RingFence.GENERAL;
      OdsCode officer = c.landscape().budgetsOf(body.code(), c.year()).stream()
          .filter(a -> a.ringFence() == ringFence && a.funding() == Funding.CASH)
          .map(Allocation::accountingOfficer).findFirst().orElse(body.code());
      return new Allocate(c.date(), Allocation.builder().holder(body.code())
          .accountingOfficer(officer).year(c.year()).ringFence(ringFence)
          .amount(Money.ofPounds(1 + source.draw(10_000_000))).build());
    });
  }

  private static Optional<Transition> convertToCash(Context c, Source source) {
    return pick(source, c.landscape().allocations().stream()
        .filter(a -> a.funding() == Funding.INDICATIVE && a.year().equals(c.year())
            && c.generalCash(a.accountingOfficer()).compareTo(a.amount()) >= 0)
        .filter(a -> c.landscape().allocations().stream().filter(b -> b.holder().equals(a.holder())
            && b.year().equals(a.year()) && b.funding() == Funding.INDICATIVE).count() == 1)
        .toList())
        .map(a -> new ConvertToCash(c.date(), a.holder(), a.year()));
  }

  private static Optional<Transition> reinvest(Context c, Source source) {
    return pick(source, c.commissioners().stream()
        .filter(o -> c.generalCash(o.code()).pence() > 0).toList())
        .map(o -> new ReinvestUnderspend(c.date(), o.code(), c.year(),
            portion(source, c.generalCash(o.code())), RingFence.PATIENT_CARE));
  }

  private static Optional<Transition> reprice(Context c, Source source) {
    return pick(source, c.landscape().contracts().asList()).map(contract -> new RepriceContract(
        c.date(), contract.commissioner(), contract.provider(), contract.service(), contract.year(),
        portion(source, contract.price())));
  }

  private static Optional<Transition> authorise(Context c, Source source) {
    return pick(source, c.landscape().open(OrganisationKind.NHS_TRUST).asList())
        .map(trust -> new AuthoriseFoundationTrust(c.date(), trust.code()));
  }

  private static Optional<Transition> cutCosts(Context c, Source source) {
    return pick(source, c.landscape().runningCosts().stream()
        .filter(cost -> c.landscape().organisation(cost.body()).map(o -> o.isOpenOn(c.date()))
            .orElse(false)).toList())
        .map((RunningCost cost) -> new CutRunningCosts(c.date(), cost.body(), cost.year(),
            portion(source, cost.amount())));
  }

  private static Optional<Transition> establish(Context c, Source source) {
    if (source.drawBoolean(0.5)) {
      Organisation trust = Organisation.of(c.unusedCode(source, OrganisationKind.NHS_TRUST),
          "New NHS trust", OrganisationKind.NHS_TRUST, c.date());
      return pick(source, c.landscape().open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY).asList())
          .map(sha -> Establish.of(trust, Relationship.of(RelationshipType.ACCOUNTABLE_TO,
              trust.code(), sha.code(), c.date())));
    }
    Organisation pct = Organisation.of(c.unusedCode(source, OrganisationKind.PRIMARY_CARE_TRUST),
        "New PCT", OrganisationKind.PRIMARY_CARE_TRUST, c.date());
    return pick(source, c.landscape().open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY).asList())
        .map(sha -> Establish.of(pct, Relationship.of(RelationshipType.PART_OF, pct.code(),
            sha.code(), c.date())));
  }

  private static Optional<Transition> joinFederation(Context c, Source source) {
    Optional<Organisation> federation = pick(source,
        c.landscape().open(OrganisationKind.PRACTICE_FEDERATION).asList());
    return federation.flatMap(f -> pick(source, c.landscape().open(OrganisationKind.GP_PRACTICE)
        .stream().filter(p -> c.landscape().targetsOf(p.code(), RelationshipType.MEMBER_OF).size() == 1)
        .toList()).map(p -> new JoinConsortium(c.date(), p.code(), f.code())));
  }

  private static Optional<Transition> leaveFederation(Context c, Source source) {
    return pick(source, c.landscape().open(OrganisationKind.PRACTICE_FEDERATION).asList())
        .flatMap(f -> pick(source, c.landscape().membersOf(f.code()).asList())
            .map(p -> new LeaveConsortium(c.date(), p, f.code())));
  }

  private static Optional<Transition> appointOfficer(Context c, Source source) {
    List<Organisation> officers = new ArrayList<>(
        c.landscape().open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY));
    officers.addAll(c.commissioners());
    Optional<Allocation> budget = pick(source, c.landscape().allocations().asList());
    return budget.flatMap(b -> pick(source, officers).map(officer -> new AppointAccountingOfficer(
        c.date(), b.holder(), b.year(), b.ringFence(), b.funding(), officer.code())));
  }

  private static Optional<Transition> signContract(Context c, Source source) {
    List<Organisation> providers = new ArrayList<>(c.landscape().open(OrganisationKind.NHS_TRUST));
    providers.addAll(c.landscape().open(OrganisationKind.FOUNDATION_TRUST));
    Optional<Organisation> provider = pick(source, providers);
    Optional<Organisation> commissioner = pick(source, c.commissioners());
    if (provider.isEmpty() || commissioner.isEmpty()) {
      return Optional.empty();
    }
    CommissioningFunction service = CommissioningFunction.values()[
        source.drawInt(CommissioningFunction.values().length - 1)];
    FinancialYear year = c.year().plusYears(1 + source.drawInt(2));
    boolean taken = c.landscape().contracts().stream().anyMatch(k -> k.commissioner()
        .equals(commissioner.get().code()) && k.provider().equals(provider.get().code())
        && k.service() == service && k.year().equals(year));
    if (taken) {
      return Optional.empty();
    }
    Money tariff = Money.ofPounds(1 + source.draw(50_000_000));
    return Optional.of(new SignContract(c.date(), Contract.builder()
        .commissioner(commissioner.get().code()).provider(provider.get().code()).service(service)
        .year(year).tariff(tariff).price(portion(source, tariff)).build()));
  }

  private static Optional<Transition> changePolicy(Context c, Source source) {
    return Optional.of(new ChangePolicy(c.date(), Policy.of("generated policy "
        + (1 + source.drawInt(99)))));
  }

  private static Optional<Transition> commissionProvider(Context c, Source source) {
    List<Organisation> providers = new ArrayList<>(c.landscape().open(OrganisationKind.NHS_TRUST));
    providers.addAll(c.landscape().open(OrganisationKind.FOUNDATION_TRUST));
    Optional<Organisation> provider = pick(source, providers);
    return provider.flatMap(p -> pick(source, c.commissioners().stream()
        .filter(o -> !c.landscape().targetsOf(p.code(), RelationshipType.COMMISSIONED_BY)
            .contains(o.code())).toList())
        .map(o -> new Relate(c.date(), Relationship.of(RelationshipType.COMMISSIONED_BY, p.code(),
            o.code(), c.date()))));
  }

  private static Optional<Transition> endAccountability(Context c, Source source) {
    return pick(source, c.landscape().relationships().stream()
        .filter(r -> r.type() == RelationshipType.ACCOUNTABLE_TO
            && c.landscape().require(r.from()).kind() == OrganisationKind.NHS_TRUST)
        .toList())
        .map(r -> new EndRelationship(c.date(), r.type(), r.from(), r.to()));
  }

  /** Abolishes a trust that holds nothing: no contracts and no body depending on it. */
  private static Optional<Transition> abolish(Context c, Source source) {
    List<Organisation> trusts = new ArrayList<>(c.landscape().open(OrganisationKind.NHS_TRUST));
    trusts.addAll(c.landscape().open(OrganisationKind.FOUNDATION_TRUST));
    return pick(source, trusts.stream()
        .filter(t -> t.operational().start().isBefore(c.date()))
        .filter(t -> c.landscape().contracts().stream().noneMatch(k -> k.provider().equals(t.code())))
        .filter(t -> c.landscape().relationships().stream().noneMatch(r -> r.to().equals(t.code())))
        .toList())
        .map(t -> new Abolish(c.date(), t.code()));
  }

  private static Optional<Transition> succeed(Context c, Source source) {
    List<Organisation> pcts = c.landscape().open(OrganisationKind.PRIMARY_CARE_TRUST).asList();
    if (pcts.size() < 2) {
      return Optional.empty();
    }
    int from = source.drawInt(pcts.size() - 1);
    int to = (from + 1 + source.drawInt(pcts.size() - 2)) % pcts.size();
    return Optional.of(new Succeed(c.date(), pcts.get(from).code(), pcts.get(to).code(),
        Share.of(1, 1 + source.drawInt(3))));
  }
}
