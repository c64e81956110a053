package io.github.commissioning.testkit.generator;

import static com.google.common.base.Preconditions.checkArgument;

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
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generators of sound PCT-era landscapes: sound by construction, never by filtering, so every
 * draft they give must be accepted by every implementation. Every random decision is a draw from
 * the {@link Source}, so failures shrink towards fewer SHAs, PCTs and practices, earlier dates and
 * smaller sums.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Landscapes {
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final LocalDate NHS_REFORM = LocalDate.of(2006, 7, 1);

  private Landscapes() {}

  /**
   * Returns a generator of drafts of up to the given shape, on a day in 2010/11.
   *
   * @param maxShas strategic health authorities at most, 1 to 10
   * @param maxPctsPerSha primary care trusts under each at most, 1 to 30
   * @param maxPracticesPerPct GP practices in each at most, 0 to 400
   * @return the generator; the simplest draft has one SHA, one PCT and no practices
   */
  public static Gen<LandscapeDraft> pctEra(int maxShas, int maxPctsPerSha, int maxPracticesPerPct) {
    check(maxShas, maxPctsPerSha, maxPracticesPerPct);
    return source -> draft(source, new Shape(1, maxShas, 1, maxPctsPerSha, 0, maxPracticesPerPct));
  }

  /** How many of each body to generate: exact when a minimum equals its maximum. */
  private record Shape(int minShas, int maxShas, int minPcts, int maxPcts, int minPractices,
      int maxPractices) {}

  /**
   * Returns a generator of drafts of exactly the given shape, on a day in 2010/11.
   *
   * @param shas strategic health authorities, 1 to 10
   * @param pctsPerSha primary care trusts under each, 1 to 30
   * @param practicesPerPct GP practices in each, 0 to 400
   * @return the generator
   */
  public static Gen<LandscapeDraft> ofShape(int shas, int pctsPerSha, int practicesPerPct) {
    check(shas, pctsPerSha, practicesPerPct);
    return source -> draft(source, new Shape(shas, shas, pctsPerSha, pctsPerSha, practicesPerPct,
        practicesPerPct));
  }

  private static void check(int shas, int pctsPerSha, int practicesPerPct) {
    checkArgument(shas >= 1 && shas <= 10, "SHAs must be 1 to 10, not %s", shas);
    checkArgument(pctsPerSha >= 1 && pctsPerSha <= 30, "PCTs per SHA must be 1 to 30, not %s",
        pctsPerSha);
    checkArgument(practicesPerPct >= 0 && practicesPerPct <= 400,
        "practices per PCT must be 0 to 400, not %s", practicesPerPct);
  }

  private static LandscapeDraft draft(Source random, Shape shape) {
    LocalDate date = LocalDate.of(2010, 4, 1).plusDays(random.drawInt(364));
    FinancialYear year = FinancialYear.containing(date);
    OdsCode department = OdsCode.of("DOH");
    LandscapeDraft.Builder draft = LandscapeDraft.builder(date).organisations(Organisation.of(
        department, "Department of Health", OrganisationKind.DEPARTMENT_OF_HEALTH, NHS_REFORM));
    int pctNumber = 0;
    int practiceNumber = 0;
    for (int s = 0; Continuation.another(random, s, shape.minShas(), shape.maxShas()); s++) {
      OdsCode sha = OdsCode.of("Q3" + s);
      draft.organisations(Organisation.of(sha, "SHA " + sha, OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
              NHS_REFORM))
          .relationships(Relationship.of(RelationshipType.PART_OF, sha, department, NHS_REFORM),
              Relationship.of(RelationshipType.ACCOUNTABLE_TO, sha, department, NHS_REFORM));
      for (int p = 0; Continuation.another(random, p, shape.minPcts(), shape.maxPcts()); p++) {
        OdsCode pct = OdsCode.of("5" + LETTERS.charAt(pctNumber / LETTERS.length())
            + LETTERS.charAt(pctNumber % LETTERS.length()));
        Area area = Area.of(String.format(Locale.ROOT, "E16%06d", pctNumber), "Area of " + pct);
        pctNumber++;
        LocalDate opened = NHS_REFORM.plusDays(random.drawInt(999));
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
        for (int g = 0; Continuation.another(random, g, shape.minPractices(), shape.maxPractices());
            g++) {
          OdsCode practice = OdsCode.of(String.format(Locale.ROOT, "%c%05d",
              LETTERS.charAt(practiceNumber / 100_000), practiceNumber % 100_000));
          practiceNumber++;
          addPractice(random, draft, practice, pct, opened, year);
        }
      }
    }
    addProviders(random, draft, date, year);
    return draft.build();
  }

  private static void addPractice(Source random, LandscapeDraft.Builder draft, OdsCode practice,
      OdsCode pct, LocalDate pctOpened, FinancialYear year) {
    LocalDate opened = LocalDate.of(1974, 4, 1).plusDays(random.drawInt(11_999));
    LocalDate joined = opened.isAfter(pctOpened) ? opened : pctOpened;
    draft.organisations(Organisation.of(practice, "Practice " + practice, OrganisationKind.GP_PRACTICE,
            opened))
        .relationships(Relationship.of(RelationshipType.MEMBER_OF, practice, pct, joined));
    List<DutyAssignment> duties = new ArrayList<>(
        Coverage.everyFunction(Population.registeredListOf(practice), pct, pctOpened));
    if (random.drawBoolean(0.25)) {
      Duty acute = Duty.of(CommissioningFunction.ACUTE_ELECTIVE, Population.registeredListOf(practice));
      duties.replaceAll(d -> d.duty().equals(acute) ? d.delegatedTo(practice) : d);
      draft.allocations(Allocation.builder().holder(practice).accountingOfficer(pct).year(year)
          .funding(Funding.INDICATIVE).amount(randomPounds(random, 500_000, 5_000_000)).build());
    }
    draft.duties(duties.toArray(new DutyAssignment[0]));
  }

  private static void addProviders(Source random, LandscapeDraft.Builder draft, LocalDate date,
      FinancialYear year) {
    LandscapeDraft sofar = draft.build();
    List<Organisation> pcts = sofar.organisations().stream()
        .filter(o -> o.kind() == OrganisationKind.PRIMARY_CARE_TRUST).toList();
    int providers = 1 + random.drawInt(2);
    for (int i = 0; i < providers; i++) {
      OdsCode provider = OdsCode.of("R" + LETTERS.charAt(i) + LETTERS.charAt(random.drawInt(LETTERS.length() - 1)));
      OrganisationKind kind = random.drawBoolean(0.5) ? OrganisationKind.NHS_TRUST
          : OrganisationKind.FOUNDATION_TRUST;
      draft.organisations(Organisation.of(provider, "Trust " + provider, kind, date.minusYears(3)));
      Organisation commissioner = pcts.get(random.drawInt(pcts.size() - 1));
      Money tariff = randomPounds(random, 1_000_000, 200_000_000);
      draft.contracts(Contract.builder().commissioner(commissioner.code()).provider(provider)
          .service(CommissioningFunction.ACUTE_ELECTIVE).year(year).tariff(tariff)
          .price(Money.ofPence(tariff.pence() - random.draw(999_999))).build());
    }
  }

  private static Money randomPounds(Source random, long min, long max) {
    return Money.ofPence(min * 100 + random.draw((max - min) * 100));
  }

  private static void add(LandscapeDraft.Builder draft, List<DutyAssignment> duties) {
    draft.duties(duties.toArray(new DutyAssignment[0]));
  }
}
