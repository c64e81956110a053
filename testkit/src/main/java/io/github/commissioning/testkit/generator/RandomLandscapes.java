package io.github.commissioning.testkit.generator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.Coverage;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates sound PCT-era landscapes from a random source: sound by construction, never by
 * filtering, so every draft it returns must be accepted by every implementation.
 *
 * <p>The same source state gives the same draft on any JVM. This class is stateless and
 * thread-safe; the {@link Random} passed in is not.
 */
public final class RandomLandscapes {
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final LocalDate NHS_REFORM = LocalDate.of(2006, 7, 1);

  private RandomLandscapes() {}

  /**
   * Generates a draft with the given shape on a day in 2010/11.
   *
   * @param random the source of randomness
   * @param shas strategic health authorities, 1 to 10
   * @param pctsPerSha primary care trusts under each, 1 to 30
   * @param practicesPerPct GP practices in each, 0 to 400
   * @return a sound draft
   */
  public static LandscapeDraft draft(Random random, int shas, int pctsPerSha, int practicesPerPct) {
    checkNotNull(random, "random");
    checkArgument(shas >= 1 && shas <= 10, "SHAs must be 1 to 10, not %s", shas);
    checkArgument(pctsPerSha >= 1 && pctsPerSha <= 30, "PCTs per SHA must be 1 to 30, not %s",
        pctsPerSha);
    checkArgument(practicesPerPct >= 0 && practicesPerPct <= 400,
        "practices per PCT must be 0 to 400, not %s", practicesPerPct);
    LocalDate date = LocalDate.of(2010, 4, 1).plusDays(random.nextInt(365));
    FinancialYear year = FinancialYear.containing(date);
    OdsCode department = OdsCode.of("DOH");
    LandscapeDraft.Builder draft = LandscapeDraft.builder(date).organisations(Organisation.of(
        department, "Department of Health", OrganisationKind.DEPARTMENT_OF_HEALTH, NHS_REFORM));
    int pctNumber = 0;
    int practiceNumber = 0;
    for (int s = 0; s < shas; s++) {
      OdsCode sha = OdsCode.of("Q3" + s);
      draft.organisations(Organisation.of(sha, "SHA " + sha, OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
              NHS_REFORM))
          .relationships(Relationship.of(RelationshipType.PART_OF, sha, department, NHS_REFORM),
              Relationship.of(RelationshipType.ACCOUNTABLE_TO, sha, department, NHS_REFORM));
      for (int p = 0; p < pctsPerSha; p++) {
        OdsCode pct = OdsCode.of("5" + LETTERS.charAt(pctNumber / LETTERS.length())
            + LETTERS.charAt(pctNumber % LETTERS.length()));
        Area area = Area.of(String.format("E16%06d", pctNumber), "Area of " + pct);
        pctNumber++;
        LocalDate opened = NHS_REFORM.plusDays(random.nextInt(1000));
        draft.organisations(Organisation.of(pct, "PCT " + pct, OrganisationKind.PRIMARY_CARE_TRUST,
                opened))
            .areas(area)
            .relationships(Relationship.of(RelationshipType.PART_OF, pct, sha, opened),
                Relationship.of(RelationshipType.ACCOUNTABLE_TO, pct, sha, opened))
            .allocations(Allocation.of(pct, year, randomPounds(random, 100_000_000, 900_000_000)),
                Allocation.builder().holder(pct).accountingOfficer(pct).year(year)
                    .ringFence(RingFence.PUBLIC_HEALTH)
                    .amount(randomPounds(random, 5_000_000, 45_000_000)).build())
            .runningCosts(RunningCost.of(pct, year, randomPounds(random, 1_000_000, 20_000_000)));
        add(draft, Coverage.everyFunction(Population.residentsOf(area), pct, opened));
        add(draft, Coverage.everyFunction(Population.unregisteredIn(area), pct, opened));
        for (int g = 0; g < practicesPerPct; g++) {
          OdsCode practice = OdsCode.of(String.format("%c%05d",
              LETTERS.charAt(practiceNumber / 100_000), practiceNumber % 100_000));
          practiceNumber++;
          addPractice(random, draft, practice, pct, opened, year);
        }
      }
    }
    addProviders(random, draft, date, year);
    return draft.build();
  }

  private static void addPractice(Random random, LandscapeDraft.Builder draft, OdsCode practice,
      OdsCode pct, LocalDate pctOpened, FinancialYear year) {
    LocalDate opened = LocalDate.of(1974, 4, 1).plusDays(random.nextInt(12_000));
    LocalDate joined = opened.isAfter(pctOpened) ? opened : pctOpened;
    draft.organisations(Organisation.of(practice, "Practice " + practice, OrganisationKind.GP_PRACTICE,
            opened))
        .relationships(Relationship.of(RelationshipType.MEMBER_OF, practice, pct, joined));
    List<DutyAssignment> duties = new ArrayList<>(
        Coverage.everyFunction(Population.registeredListOf(practice), pct, pctOpened));
    if (random.nextInt(4) == 0) {
      Duty acute = Duty.of(CommissioningFunction.ACUTE_ELECTIVE, Population.registeredListOf(practice));
      duties.replaceAll(d -> d.duty().equals(acute) ? d.delegatedTo(practice) : d);
      draft.allocations(Allocation.builder().holder(practice).accountingOfficer(pct).year(year)
          .funding(Funding.INDICATIVE).amount(randomPounds(random, 500_000, 5_000_000)).build());
    }
    draft.duties(duties.toArray(new DutyAssignment[0]));
  }

  private static void addProviders(Random random, LandscapeDraft.Builder draft, LocalDate date,
      FinancialYear year) {
    LandscapeDraft sofar = draft.build();
    List<Organisation> pcts = sofar.organisations().stream()
        .filter(o -> o.kind() == OrganisationKind.PRIMARY_CARE_TRUST).toList();
    int providers = 1 + random.nextInt(3);
    for (int i = 0; i < providers; i++) {
      OdsCode provider = OdsCode.of("R" + LETTERS.charAt(i) + LETTERS.charAt(random.nextInt(LETTERS.length())));
      OrganisationKind kind = random.nextBoolean() ? OrganisationKind.NHS_TRUST
          : OrganisationKind.FOUNDATION_TRUST;
      draft.organisations(Organisation.of(provider, "Trust " + provider, kind, date.minusYears(3)));
      Organisation commissioner = pcts.get(random.nextInt(pcts.size()));
      Money tariff = randomPounds(random, 1_000_000, 200_000_000);
      draft.contracts(Contract.builder().commissioner(commissioner.code()).provider(provider)
          .service(CommissioningFunction.ACUTE_ELECTIVE).year(year).tariff(tariff)
          .price(Money.ofPence(tariff.pence() - random.nextInt(1_000_000))).build());
    }
  }

  private static Money randomPounds(Random random, long min, long max) {
    return Money.ofPence(min * 100 + (long) (random.nextDouble() * (max - min) * 100));
  }

  private static void add(LandscapeDraft.Builder draft, List<DutyAssignment> duties) {
    draft.duties(duties.toArray(new DutyAssignment[0]));
  }
}
