package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.Q30;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.violation.ViolationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two commissioners' contracts for the same service with the same provider become one when the
 * commissioners merge: prices add up, so do tariffs, and an arranger is kept.
 */
class ContractsCombinedTest {
  private static final Organisation TEES = pct("5QX", "Tees", D);
  /** Stockton's contract with North Tees in the sample: price and tariff. */
  private static final Money STOCKTON_PRICE = pence(9_500_000_000L);
  private static final Money STOCKTON_TARIFF = pence(10_000_000_000L);

  /** Tees's contract after Hartlepool signs one and merges with Stockton, in the order given. */
  private static Contract teesContract(Contract hartlepools, OdsCode... merging) {
    Landscape signed = applyChecked(sample(), new SignContract(D, hartlepools)).after();
    Landscape merged = applyChecked(signed, Merge.intoNew(TEES, merging).withConsentOfAll()).after();
    List<Contract> tees = merged.contracts().stream()
        .filter(c -> c.commissioner().equals(TEES.code()) && c.provider().equals(RVW)).toList();
    assertEquals(1, tees.size(), tees::toString);
    return tees.get(0);
  }

  private static Contract.Builder hartlepools(long price) {
    return Contract.builder().commissioner(HARTLEPOOL).provider(RVW)
        .service(CommissioningFunction.ACUTE_ELECTIVE).year(YEAR).price(pence(price));
  }

  @Test
  void pricesAndTariffsAddUp() {
    Contract tees = teesContract(hartlepools(500).tariff(pence(700)).build(), HARTLEPOOL, STOCKTON);
    assertEquals(STOCKTON_PRICE.plus(pence(500)), tees.price());
    assertEquals(Optional.of(STOCKTON_TARIFF.plus(pence(700))), tees.tariff());
    assertEquals(Optional.empty(), tees.arrangedBy());
  }

  @Test
  void aTariffOnOneSideOnlyIsKeptAndSoIsAnArranger() {
    // Hartlepool's contract comes first, then Stockton's, and the other way round.
    Contract hartlepools = hartlepools(500).arrangedBy(Q30).build();
    for (OdsCode[] order : List.of(new OdsCode[] {HARTLEPOOL, STOCKTON},
        new OdsCode[] {STOCKTON, HARTLEPOOL})) {
      Contract tees = teesContract(hartlepools, order);
      assertEquals(STOCKTON_PRICE.plus(pence(500)), tees.price());
      assertEquals(Optional.of(STOCKTON_TARIFF), tees.tariff());
      assertEquals(Optional.of(Q30), tees.arrangedBy());
    }
  }

  @Test
  void aBodyCannotCloseOnTheDayItOpened() {
    LandscapeSnapshot opened = (LandscapeSnapshot) applyChecked(sample(), Establish.of(TEES)).after();
    OdsCode tees = TEES.code();
    ViolationException refused = org.junit.jupiter.api.Assertions.assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(opened, Close.of(D, tees, STOCKTON)));
    assertEquals(List.of("DATE_OUTSIDE_LIFETIME: Body 5QX opened on 2010-10-01 and cannot close before it"
        + " has been open a day, on 2010-10-01"),
        refused.violations().stream().map(Object::toString).toList());
  }
}
