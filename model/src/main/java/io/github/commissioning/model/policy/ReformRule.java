package io.github.commissioning.model.policy;

import static io.github.commissioning.organisation.OrganisationKind.AREA_TEAM;
import static io.github.commissioning.organisation.OrganisationKind.CARE_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.GP_CONSORTIUM;
import static io.github.commissioning.organisation.OrganisationKind.NATIONAL_BOARD;
import static io.github.commissioning.organisation.OrganisationKind.PRIMARY_CARE_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.REGIONAL_OFFICE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.policy.PolicyRule;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the reforms the library models, from the 2009 opposition plan and the 2010 white
 * paper. Each constant's name is the code of the violations it reports.
 */
public enum ReformRule implements PolicyRule {
  /**
   * Every open GP practice is a practice-based commissioner: it holds a budget (indicative or
   * cash) for the landscape's financial year.
   */
  EVERY_PRACTICE_COMMISSIONS {
    @Override
    public ImmutableList<Violation> check(Landscape landscape) {
      FinancialYear year = FinancialYear.containing(landscape.date());
      ImmutableList.Builder<Violation> violations = ImmutableList.builder();
      for (Organisation practice : landscape.open(OrganisationKind.GP_PRACTICE)) {
        if (landscape.budgetsOf(practice.code(), year).isEmpty()) {
          violations.add(Violation.of(name(), "GP practice " + practice.code() + " holds no budget for "
              + year + ", but every practice must be a practice-based commissioner", practice.code()));
        }
      }
      return violations.build();
    }
  },

  /** Mergers of primary care trusts are voluntary: every party must consent. */
  MERGERS_NEED_CONSENT {
    @Override
    public ImmutableList<Violation> check(Landscape before, Transition transition) {
      if (!(transition instanceof Merge merge)) {
        return ImmutableList.of();
      }
      ImmutableList.Builder<Violation> violations = ImmutableList.builder();
      for (OdsCode party : merge.parties()) {
        boolean trust = before.organisation(party).map(Organisation::kind)
            .filter(k -> k == PRIMARY_CARE_TRUST || k == CARE_TRUST).isPresent();
        if (trust && !merge.consents().contains(party)) {
          violations.add(Violation.of(name(), "The merger into " + merge.into() + " lacks the consent of "
              + party + ": mergers of primary care trusts are voluntary", party, merge.into()));
        }
      }
      return violations.build();
    }
  },

  /** Negotiated prices may not exceed the Payment by Results tariff. */
  PRICES_WITHIN_TARIFF {
    @Override
    public ImmutableList<Violation> check(Landscape landscape) {
      ImmutableList.Builder<Violation> violations = ImmutableList.builder();
      for (Contract contract : landscape.contracts()) {
        if (contract.tariff().isPresent() && contract.price().compareTo(contract.tariff().get()) > 0) {
          violations.add(Violation.of(name(), "The " + contract.service() + " contract between "
              + contract.commissioner() + " and " + contract.provider() + " for " + contract.year()
              + " costs " + contract.price() + ", above the PbR tariff of " + contract.tariff().get(),
              contract.commissioner(), contract.provider(), contract.price()));
        }
      }
      return violations.build();
    }
  },

  /** Underspends are reinvested in patient care, never taken as practice profit. */
  UNDERSPENDS_FOR_PATIENT_CARE {
    @Override
    public ImmutableList<Violation> check(Landscape before, Transition transition) {
      if (transition instanceof ReinvestUnderspend underspend
          && underspend.into() != RingFence.PATIENT_CARE) {
        return ImmutableList.of(Violation.of(name(), "The underspend of " + underspend.amount()
            + " by " + underspend.holder() + " goes to " + underspend.into()
            + ": underspends are ring-fenced for patient care", underspend.holder(), underspend.into()));
      }
      return ImmutableList.of();
    }
  },

  /**
   * GP consortia are accountable to the national board (or its regional offices) and hold their
   * budgets from it: each budget's accounting officer is the consortium or the board.
   */
  CONSORTIA_ANSWER_TO_BOARD {
    @Override
    public ImmutableList<Violation> check(Landscape landscape) {
      Set<OrganisationKind> board = EnumSet.of(NATIONAL_BOARD, REGIONAL_OFFICE);
      ImmutableList.Builder<Violation> violations = ImmutableList.builder();
      com.google.common.collect.ImmutableListMultimap<OdsCode, Allocation> budgetsByHolder =
          com.google.common.collect.Multimaps.index(landscape.allocations(), Allocation::holder);
      for (Organisation consortium : landscape.open(GP_CONSORTIUM)) {
        boolean answers = landscape.targetsOf(consortium.code(), RelationshipType.ACCOUNTABLE_TO)
            .stream().anyMatch(to -> board.contains(landscape.require(to).kind()));
        if (!answers) {
          violations.add(Violation.of(name(), "GP consortium " + consortium.code()
              + " is not accountable to the national board", consortium.code()));
        }
        for (Allocation budget : budgetsByHolder.get(consortium.code())) {
          if (!budget.accountingOfficer().equals(budget.holder())
              && !board.contains(landscape.require(budget.accountingOfficer()).kind())) {
            violations.add(Violation.of(name(), "GP consortium " + consortium.code() + "'s budget for "
                + budget.year() + " is answered for by " + budget.accountingOfficer()
                + ", not by the consortium or the national board", consortium.code(),
                budget.accountingOfficer()));
          }
        }
      }
      return violations.build();
    }
  },

  /**
   * Primary care trusts keep only public health, the patient champion role and residual services
   * (maternity, optometry, pharmacy, dental, patients whom GPs do not take).
   */
  PCTS_KEEP_RESIDUAL_ROLE {
    @Override
    public ImmutableList<Violation> check(Landscape landscape) {
      ImmutableList.Builder<Violation> violations = ImmutableList.builder();
      for (OrganisationKind kind : EnumSet.of(PRIMARY_CARE_TRUST, CARE_TRUST)) {
        for (Organisation pct : landscape.open(kind)) {
          Set<CommissioningFunction> held = EnumSet.noneOf(CommissioningFunction.class);
          landscape.dutiesOf(pct.code()).forEach(d -> held.add(d.duty().function()));
          for (CommissioningFunction function : Sets.difference(held, RESIDUAL)) {
            violations.add(Violation.of(name(), pct.code() + " still holds " + function
                + ", but primary care trusts keep only " + RESIDUAL, pct.code(), function));
          }
        }
      }
      return violations.build();
    }
  },

  /**
   * Patients may not choose their commissioner: a registered list's duties are held by its
   * practice's primary care organisation, a consortium the practice belongs to, or a national or
   * regional body; never by another local commissioner.
   */
  COMMISSIONER_FOLLOWS_PRACTICE {
    @Override
    public ImmutableList<Violation> check(Landscape landscape) {
      Set<OrganisationKind> national = EnumSet.of(NATIONAL_BOARD, REGIONAL_OFFICE, AREA_TEAM,
          OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, OrganisationKind.DEPARTMENT_OF_HEALTH);
      ImmutableList.Builder<Violation> violations = ImmutableList.builder();
      for (DutyAssignment assignment : landscape.duties()) {
        if (!(assignment.duty().population() instanceof Population.RegisteredList list)) {
          continue;
        }
        OdsCode holder = assignment.accountable();
        Optional<OdsCode> own = landscape.primaryCareOrganisationOf(list.practice());
        boolean follows = own.equals(Optional.of(holder))
            || landscape.targetsOf(list.practice(), RelationshipType.MEMBER_OF).contains(holder)
            || national.contains(landscape.require(holder).kind());
        if (!follows) {
          violations.add(Violation.of(name(), "The " + assignment.duty() + " is held by " + holder
              + ", not by practice " + list.practice() + "'s own commissioner: patients may not"
              + " choose their commissioner", list.practice(), holder));
        }
      }
      return violations.build();
    }
  };

  /** What primary care trusts keep under the 2010 white paper. */
  public static final Set<CommissioningFunction> RESIDUAL = Sets.immutableEnumSet(
      CommissioningFunction.PUBLIC_HEALTH, CommissioningFunction.PATIENT_CHAMPION,
      CommissioningFunction.MATERNITY, CommissioningFunction.OPTOMETRY,
      CommissioningFunction.PHARMACY, CommissioningFunction.DENTAL,
      CommissioningFunction.UNREGISTERED_PATIENTS);
}
