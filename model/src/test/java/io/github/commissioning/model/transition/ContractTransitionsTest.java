package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.RYJ;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.RepriceContract;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractTransitionsTest {

  private static Contract.Builder acute(OdsCode commissioner, OdsCode provider) {
    return Contract.builder().commissioner(commissioner).provider(provider)
        .service(CommissioningFunction.ACUTE_ELECTIVE).year(YEAR).price(pence(4_000_000_000L))
        .tariff(pence(4_200_000_000L));
  }

  private static Contract stocktonContract(Landscape landscape) {
    return landscape.contracts().stream().filter(c -> c.commissioner().equals(STOCKTON))
        .findFirst().orElseThrow();
  }

  @Test
  void signingAddsTheContract() {
    Contract contract = acute(HARTLEPOOL, RVW).build();
    Applied applied = applyToSample(new SignContract(D, contract));

    assertEquals(ImmutableList.of(new Effect.ContractChanged(Optional.empty(), Optional.of(contract))),
        applied.effects());
    assertEquals(3, applied.after().contracts().size());
    assertTrue(applied.after().contracts().contains(contract));
    assertTrue(applied.after().contracts().containsAll(sample().contracts()));
  }

  @Test
  void signingAContractArrangedByAThirdBody() {
    Contract contract = acute(HARTLEPOOL, RYJ).arrangedBy(KENSINGTON).build();
    Applied applied = applyToSample(new SignContract(D, contract));
    assertTrue(applied.after().contracts().contains(contract));
  }

  @Test
  void signingTheSameServiceForAnotherYearIsANewContract() {
    Contract nextYear = Contract.builder().from(stocktonContract(sample())).year(YEAR.next()).build();
    Applied applied = applyToSample(new SignContract(D, nextYear));
    assertEquals(3, applied.after().contracts().size());
  }

  @Test
  void repricingChangesOnlyThePrice() {
    Contract before = stocktonContract(sample());
    Applied applied = applyToSample(new RepriceContract(D, STOCKTON, RVW,
        CommissioningFunction.ACUTE_ELECTIVE, YEAR, pence(9_000_000_000L)));

    Contract after = before.withPrice(pence(9_000_000_000L));
    assertEquals(ImmutableList.of(new Effect.ContractChanged(Optional.of(before), Optional.of(after))),
        applied.effects());
    assertEquals(after, stocktonContract(applied.after()));
    assertEquals(before.tariff(), stocktonContract(applied.after()).tariff());
    assertFalse(applied.after().contracts().contains(before));
  }

  @Test
  void refusesSigningAContractThatExists() {
    refusedOnSample(Invariant.STATE_MISMATCH, STOCKTON,
        new SignContract(D, Contract.builder().from(stocktonContract(sample()))
            .price(pence(1)).build()));
  }

  @Test
  void refusesPartiesThatAreUnknownClosedOrOfTheWrongKind() {
    OdsCode unknownTrust = OdsCode.of("RZZ");
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, unknownTrust,
        new SignContract(D, acute(HARTLEPOOL, unknownTrust).build()));
    refusedOnSample(Invariant.CONTRACT_PARTY_KIND, HARTLEPOOL,
        new SignContract(D, acute(STOCKTON, HARTLEPOOL).build()));
    refusedOnSample(Invariant.CONTRACT_PARTY_KIND, RYJ,
        new SignContract(D, acute(RYJ, RVW).build()));
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, unknownTrust,
        new SignContract(D, acute(HARTLEPOOL, RVW).arrangedBy(unknownTrust).build()));
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        new SignContract(D.plusDays(1), acute(HARTLEPOOL, RVW).build()));
  }

  @Test
  void refusesRepricingAContractThatDoesNotExist() {
    refusedOnSample(Invariant.STATE_MISMATCH, HARTLEPOOL, new RepriceContract(D, HARTLEPOOL, RVW,
        CommissioningFunction.ACUTE_ELECTIVE, YEAR, pence(1)));
    refusedOnSample(Invariant.STATE_MISMATCH, STOCKTON, new RepriceContract(D, STOCKTON, RVW,
        CommissioningFunction.ACUTE_ELECTIVE, YEAR.next(), pence(1)));
    refusedOnSample(Invariant.STATE_MISMATCH, STOCKTON, new RepriceContract(D, STOCKTON, RVW,
        CommissioningFunction.MENTAL_HEALTH, YEAR, pence(1)));
  }

  @Test
  void refusesNegativePricesWhenCreatedAndEarlyDates() {
    assertRefused(Invariant.MONEY_NEGATIVE, "-£0.01", () -> new RepriceContract(D, STOCKTON, RVW,
        CommissioningFunction.ACUTE_ELECTIVE, YEAR, pence(-1)));
    assertRefused(Invariant.MONEY_NEGATIVE, RVW, () -> acute(STOCKTON, RVW).price(pence(-1)).build());
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-31", new SignContract(
        LocalDate.of(2010, 5, 31), acute(HARTLEPOOL, RVW).build()));
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-31", new RepriceContract(
        LocalDate.of(2010, 5, 31), STOCKTON, RVW, CommissioningFunction.ACUTE_ELECTIVE, YEAR,
        pence(1)));
  }
}
