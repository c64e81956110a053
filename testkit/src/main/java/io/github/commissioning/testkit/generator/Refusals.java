package io.github.commissioning.testkit.generator;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Recode;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Generators of transitions that must be refused on a given landscape, each with the violation it
 * must raise and the value the violation must name: the bad-input side of
 * {@link Transitions#validFor(Landscape)}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Refusals {
  private Refusals() {}

  /**
   * A transition that must be refused, the rule it breaks and the value the refusal names.
   *
   * @param transition the transition
   * @param expected the rule broken
   * @param subject the offending value, as a violation's subject writes it
   */
  public record Refusal(Transition transition, Invariant expected, String subject) {}

  private interface Kind extends BiFunction<Landscape, Source, Optional<Refusal>> {}

  private static final ImmutableList<Kind> KINDS = ImmutableList.of(
      Refusals::unknownBody, Refusals::backwards, Refusals::wrongPrimaryCareOrganisation,
      Refusals::moneyNotHeld, Refusals::codeTaken, Refusals::dutiesToAProvider,
      Refusals::budgetForAProvider, Refusals::codeOfAnotherKind);

  /**
   * Returns a generator of refusals for the landscape; every landscape with an open primary care
   * trust offers at least an unknown body and a change dated backwards.
   *
   * @param landscape the landscape the transitions would apply to
   * @return the generator
   */
  public static Gen<Refusal> forLandscape(Landscape landscape) {
    checkNotNull(landscape, "landscape");
    return source -> {
      int first = source.drawInt(KINDS.size() - 1);
      for (int i = 0; i < KINDS.size(); i++) {
        Optional<Refusal> made = KINDS.get((first + i) % KINDS.size()).apply(landscape, source);
        if (made.isPresent()) {
          return made.get();
        }
      }
      throw new IllegalArgumentException("The landscape of " + landscape.date()
          + " has no open primary care trust to refuse changes to");
    };
  }

  private static LocalDate later(Landscape landscape, Source source) {
    return landscape.date().plusDays(1 + source.drawInt(29));
  }

  private static <T> Optional<T> pick(Source source, List<T> from) {
    return from.isEmpty() ? Optional.empty() : Optional.of(from.get(source.drawInt(from.size() - 1)));
  }

  private static Optional<Refusal> unknownBody(Landscape landscape, Source source) {
    for (int attempt = 0; attempt < 100; attempt++) {
      OdsCode code = OdsCode.of("5" + (char) ('A' + source.drawInt(25)) + (char) ('A' + source.drawInt(25)));
      if (landscape.organisation(code).isEmpty()) {
        return Optional.of(new Refusal(new Rename(later(landscape, source), code, "Nobody"),
            Invariant.REFERENCE_UNKNOWN, code.value()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> backwards(Landscape landscape, Source source) {
    return pick(source, landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).asList()).map(pct -> {
      LocalDate earlier = landscape.date().minusDays(1 + source.drawInt(364));
      return new Refusal(new Rename(earlier, pct.code(), "Renamed"), Invariant.TRANSITION_DATE,
          earlier.toString());
    });
  }

  private static Optional<Refusal> wrongPrimaryCareOrganisation(Landscape landscape, Source source) {
    List<Organisation> pcts = landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).asList();
    return pick(source, landscape.open(OrganisationKind.GP_PRACTICE).asList()).flatMap(practice -> {
      Optional<OdsCode> own = landscape.primaryCareOrganisationOf(practice.code());
      List<Organisation> others = pcts.stream().filter(p -> own.isEmpty() || !p.code().equals(own.get()))
          .toList();
      if (others.size() < 2) {
        return Optional.empty();
      }
      int from = source.drawInt(others.size() - 1);
      int to = (from + 1 + source.drawInt(others.size() - 2)) % others.size();
      return Optional.of(new Refusal(MovePractice.of(later(landscape, source), practice.code(),
          others.get(from).code(), others.get(to).code()), Invariant.STATE_MISMATCH,
          practice.code().value()));
    });
  }

  private static Optional<Refusal> moneyNotHeld(Landscape landscape, Source source) {
    List<Organisation> pcts = landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).asList();
    if (pcts.size() < 2) {
      return Optional.empty();
    }
    int from = source.drawInt(pcts.size() - 1);
    OdsCode giver = pcts.get(from).code();
    OdsCode taker = pcts.get((from + 1) % pcts.size()).code();
    LocalDate date = later(landscape, source);
    Money held = landscape.budgetsOf(giver, FinancialYear.containing(date)).stream()
        .filter(a -> a.funding() == Funding.CASH
            && a.ringFence() == RingFence.GENERAL)
        .map(Allocation::amount).findFirst().orElse(Money.ZERO);
    if (landscape.dutiesOf(giver).isEmpty()) {
      return Optional.empty();
    }
    CommissioningFunction function = landscape.dutiesOf(giver).asList().get(0).duty().function();
    return Optional.of(new Refusal(new TransferDuties(date, giver, taker, DutySelection.of(function),
        held.plus(Money.ofPence(1 + source.draw(1_000_000)))), Invariant.INSUFFICIENT_FUNDS,
        giver.value()));
  }

  private static Optional<Refusal> codeTaken(Landscape landscape, Source source) {
    List<Organisation> pcts = landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).asList();
    if (pcts.size() < 2) {
      return Optional.empty();
    }
    int from = source.drawInt(pcts.size() - 1);
    OdsCode taken = pcts.get((from + 1) % pcts.size()).code();
    return Optional.of(new Refusal(new Recode(later(landscape, source), pcts.get(from).code(), taken),
        Invariant.CODE_DUPLICATE, taken.value()));
  }

  private static Optional<Refusal> codeOfAnotherKind(Landscape landscape, Source source) {
    return pick(source, landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).asList()).flatMap(pct -> {
      OdsCode practiceLike = Codes.valid(OrganisationKind.GP_PRACTICE).generate(source);
      return landscape.organisation(practiceLike).isPresent() ? Optional.empty()
          : Optional.of(new Refusal(new Recode(later(landscape, source), pct.code(), practiceLike),
              Invariant.CODE_FORMAT, practiceLike.value()));
    });
  }

  private static Optional<Refusal> dutiesToAProvider(Landscape landscape, Source source) {
    List<Organisation> providers = new ArrayList<>(landscape.open(OrganisationKind.NHS_TRUST));
    providers.addAll(landscape.open(OrganisationKind.FOUNDATION_TRUST));
    Optional<Organisation> provider = pick(source, providers);
    Optional<Organisation> pct = pick(source, landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).asList());
    if (provider.isEmpty() || pct.isEmpty() || landscape.dutiesOf(pct.get().code()).isEmpty()) {
      return Optional.empty();
    }
    CommissioningFunction function = landscape.dutiesOf(pct.get().code()).asList().get(0).duty().function();
    return Optional.of(new Refusal(TransferDuties.of(later(landscape, source), pct.get().code(),
        provider.get().code(), function), Invariant.DUTY_HOLDER_KIND, provider.get().code().value()));
  }

  private static Optional<Refusal> budgetForAProvider(Landscape landscape, Source source) {
    List<Organisation> providers = new ArrayList<>(landscape.open(OrganisationKind.NHS_TRUST));
    providers.addAll(landscape.open(OrganisationKind.FOUNDATION_TRUST));
    return pick(source, providers).map(provider -> {
      LocalDate date = later(landscape, source);
      return new Refusal(new Allocate(date, Allocation.of(provider.code(), FinancialYear.containing(date),
          Money.ofPounds(1 + source.draw(1_000_000)))), Invariant.BUDGET_HOLDER_KIND,
          provider.code().value());
    });
  }
}
