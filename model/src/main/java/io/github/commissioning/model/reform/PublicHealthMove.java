package io.github.commissioning.model.reform;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.transition.TransferDuties;
import java.time.LocalDate;

/**
 * The follow-on step the 2010 article expects: public health, with its ring-fenced money, passing
 * from each primary care organisation to a local authority for its area. The bundled data has no
 * local authorities, so each is modelled: coded with its area's ONS code and named
 * "Local authority for ... (modelled)".
 */
final class PublicHealthMove {
  private PublicHealthMove() {}

  static ImmutableList<Transition> steps(England2010 england, LocalDate date) {
    Landscape landscape = england.landscape();
    ImmutableList.Builder<Transition> steps = ImmutableList.builder();
    for (OdsCode pco : england.primaryCareOrganisations()) {
      DutyAssignment publicHealth = landscape.dutiesOf(pco).stream()
          .filter(d -> d.duty().function() == CommissioningFunction.PUBLIC_HEALTH)
          .findFirst().orElseThrow();
      Population.Residents residents = (Population.Residents) publicHealth.duty().population();
      OdsCode council = OdsCode.parse(residents.area().code());
      steps.add(Establish.of(Organisation.of(council, "Local authority for "
          + residents.area().name() + " (modelled)", OrganisationKind.LOCAL_AUTHORITY, date)));
      Money money = landscape.budgetsOf(pco, England2010.YEAR).stream()
          .filter(b -> b.ringFence() == RingFence.PUBLIC_HEALTH).map(Allocation::amount)
          .reduce(Money.ZERO, Money::plus);
      steps.add(TransferDuties.of(date, pco, council, CommissioningFunction.PUBLIC_HEALTH)
          .withMoney(money, RingFence.PUBLIC_HEALTH));
    }
    return steps.build();
  }
}
