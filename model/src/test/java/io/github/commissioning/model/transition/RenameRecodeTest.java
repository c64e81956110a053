package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.Q30;
import static io.github.commissioning.model.transition.Engine.SHAS_OPENED;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_GENERAL;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.TEES_OPENED;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertDutiesMoved;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.ended;
import static io.github.commissioning.model.transition.Engine.everyDutyMoved;
import static io.github.commissioning.model.transition.Engine.general;
import static io.github.commissioning.model.transition.Engine.list;
import static io.github.commissioning.model.transition.Engine.moved;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.repointedAll;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static io.github.commissioning.organisation.RelationshipType.PART_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Recode;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenameRecodeTest {
  private static final OdsCode NEW_CODE = OdsCode.of("5QW");

  @Test
  void renamingChangesOnlyTheName() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, new Rename(D, STOCKTON, "Stockton-on-Tees"));

    assertEquals(ImmutableList.of(new Effect.Renamed(STOCKTON, "Stockton-on-Tees Teaching",
        "Stockton-on-Tees")), applied.effects());
    Landscape after = applied.after();
    Organisation renamed = after.require(STOCKTON);
    assertEquals("Stockton-on-Tees", renamed.name());
    assertEquals(sample.require(STOCKTON).operational(), renamed.operational());
    assertEquals(OrganisationKind.PRIMARY_CARE_TRUST, renamed.kind());
    assertEquals(sample.duties(), after.duties());
    assertEquals(sample.relationships(), after.relationships());
    assertEquals(sample.allocations(), after.allocations());
    assertEquals(sample.contracts(), after.contracts());
  }

  @Test
  void refusesRenamingAnUnknownOrClosedBody() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, new Rename(D, UNKNOWN_PCT, "Nobody"));
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        new Rename(D.plusDays(1), HARTLEPOOL, "Gone"));
  }

  @Test
  void refusesABlankNameAndAnEarlyDate() {
    assertRefused(Invariant.CODE_FORMAT, STOCKTON, () -> new Rename(D, STOCKTON, "  "));
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-01",
        new Rename(LocalDate.of(2010, 5, 1), STOCKTON, "Early"));
  }

  @Test
  void recodingMovesEverythingToTheNewCodeAsTheSameBody() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, new Recode(D, STOCKTON, NEW_CODE));

    assertDutiesMoved(everyDutyMoved(sample, STOCKTON, NEW_CODE), applied);
    Contract contract = sample.contracts().stream().filter(c -> c.commissioner().equals(STOCKTON))
        .findFirst().orElseThrow();
    assertEquals(ImmutableList.builder()
        .add(new Effect.Opened(NEW_CODE, OrganisationKind.PRIMARY_CARE_TRUST))
        .addAll(repointedAll(STOCKTON_PRACTICES, STOCKTON, NEW_CODE, TEES_OPENED, D))
        .add(ended(PART_OF, STOCKTON, Q30, SHAS_OPENED, D),
            new Effect.RelationshipStarted(Relationship.of(PART_OF, NEW_CODE, Q30, D)),
            ended(ACCOUNTABLE_TO, STOCKTON, Q30, SHAS_OPENED, D),
            new Effect.RelationshipStarted(Relationship.of(ACCOUNTABLE_TO, NEW_CODE, Q30, D)),
            moved(STOCKTON, NEW_CODE, RingFence.GENERAL, Funding.CASH, STOCKTON_GENERAL),
            moved(STOCKTON, NEW_CODE, RingFence.PUBLIC_HEALTH, Funding.CASH, 2_600_000_000L),
            new Effect.AccountingOfficerChanged(DENSHAM, YEAR, STOCKTON, NEW_CODE),
            new Effect.ContractChanged(Optional.of(contract), Optional.of(Contract.builder()
                .from(contract).commissioner(NEW_CODE).build())),
            new Effect.RunningCostChanged(NEW_CODE, YEAR, Money.ZERO, pence(1_300_000_000L)),
            new Effect.RunningCostChanged(STOCKTON, YEAR, pence(1_300_000_000L), Money.ZERO),
            new Effect.Closed(STOCKTON, OrganisationKind.PRIMARY_CARE_TRUST),
            new Effect.Succeeded(STOCKTON, NEW_CODE, Share.WHOLE, true)).build(),
        Engine.without(applied, Effect.DutyMoved.class));

    Landscape after = applied.after();
    Organisation recoded = after.require(NEW_CODE);
    assertEquals("Stockton-on-Tees Teaching", recoded.name());
    assertEquals(OrganisationKind.PRIMARY_CARE_TRUST, recoded.kind());
    assertFalse(after.require(STOCKTON).isOpenOn(D));
    assertEquals(ImmutableSet.copyOf(STOCKTON_PRACTICES), after.membersOf(NEW_CODE));
    assertEquals(47, after.dutiesOf(NEW_CODE).size());
    assertEquals(STOCKTON_GENERAL, general(after, NEW_CODE));
    assertEquals(Optional.of(DENSHAM), after.holderOf(Engine.duty(
        CommissioningFunction.ACUTE_ELECTIVE, list(DENSHAM))).orElseThrow().delegate());
  }

  @Test
  void recodingKeepsTheBodysOwnParents() {
    Landscape after = applyToSample(new Recode(D, STOCKTON, NEW_CODE)).after();

    assertEquals(Optional.of(Q30), after.parentOf(NEW_CODE));
    assertEquals(ImmutableSet.of(Q30), after.targetsOf(NEW_CODE, ACCOUNTABLE_TO));
  }

  @Test
  void recodingAPracticeKeepsItInItsPrimaryCareTrust() {
    OdsCode practice = STOCKTON_PRACTICES.get(1);
    OdsCode recoded = OdsCode.of("A81099");
    Landscape after = applyToSample(new Recode(D, practice, recoded)).after();

    assertEquals(Optional.of(STOCKTON), after.primaryCareOrganisationOf(recoded));
    assertEquals(8, after.duties().stream()
        .filter(d -> d.duty().population().equals(list(recoded))).count());
  }

  @Test
  void refusesANewCodeThatDoesNotFitTheKind() {
    OdsCode shaCode = OdsCode.of("Q31");
    refusedOnSample(Invariant.CODE_FORMAT, shaCode, new Recode(D, STOCKTON, shaCode));
    refusedOnSample(Invariant.CODE_FORMAT, "TAM", new Recode(D, STOCKTON, OdsCode.of("TAM")));
  }

  @Test
  void refusesANewCodeAlreadyInUse() {
    refusedOnSample(Invariant.CODE_DUPLICATE, HARTLEPOOL, new Recode(D, STOCKTON, HARTLEPOOL));
  }

  @Test
  void refusesRecodingAnUnknownOrClosedBody() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, new Recode(D, UNKNOWN_PCT, NEW_CODE));
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        new Recode(D.plusDays(1), HARTLEPOOL, NEW_CODE));
  }

  @Test
  void refusesRecodingToTheSameCodeOrBeforeTheLandscape() {
    assertRefused(Invariant.STATE_MISMATCH, STOCKTON, () -> new Recode(D, STOCKTON, STOCKTON));
    refusedOnSample(Invariant.TRANSITION_DATE, "2009-04-01",
        new Recode(LocalDate.of(2009, 4, 1), STOCKTON, NEW_CODE));
  }

  @Test
  void theRecodedBodyOpensOnTheDayOfTheRecode() {
    Landscape after = applyToSample(new Recode(D, STOCKTON, NEW_CODE)).after();
    assertEquals(D, after.require(NEW_CODE).operational().start());
    assertTrue(after.require(NEW_CODE).operational().isOpenEnded());
  }

  @Test
  void aCareTrustRecodedAsAPrimaryCareTrustChangesKindLikeTamBecoming5qwIn2011() {
    OdsCode tam = OdsCode.of("TAM");
    OdsCode pct = OdsCode.of("5QW");
    Landscape withCareTrust = TransitionEngine.apply(sample(), new io.github.commissioning.transition
        .Establish(D.minusDays(10), Organisation.of(tam, "Care trust", OrganisationKind.CARE_TRUST,
            D.minusDays(10)), ImmutableSet.of(Relationship.of(PART_OF, tam, Q30, D.minusDays(10)))))
        .after();
    io.github.commissioning.transition.Applied recoded = TransitionEngine.apply(withCareTrust,
        io.github.commissioning.transition.Recode.asKind(D, tam, pct,
            OrganisationKind.PRIMARY_CARE_TRUST));
    assertEquals(OrganisationKind.PRIMARY_CARE_TRUST, recoded.after().require(pct).kind());
    assertEquals(Optional.of(Q30), recoded.after().parentOf(pct));
    assertEquals(ImmutableList.of(new Effect.KindChanged(pct, OrganisationKind.CARE_TRUST,
        OrganisationKind.PRIMARY_CARE_TRUST)), recoded.effects(Effect.KindChanged.class));
  }
}
