package io.github.commissioning.model.soak;

import static io.github.commissioning.model.soak.Expect.refusedOnlyWith;
import static io.github.commissioning.model.soak.Expect.that;

import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.generator.Codes;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Weighted;
import io.github.commissioning.testkit.soak.Soak;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The soak of the api's value types: codes, money, shares, periods, years and the builders. */
final class ValueFeeds {
  private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9]{1,9}");
  private static final List<OrganisationKind> KINDS = List.of(OrganisationKind.values());

  private ValueFeeds() {}

  /** Text meant as a code: junk, a code of the wrong form for some kind, or a code written loosely. */
  static Gen<String> codeText() {
    Gen<String> invalid = Gen.elements(KINDS).flatMap(Codes::invalid).map(Codes.InvalidCode::text);
    Gen<String> loose = Gen.elements(KINDS).flatMap(Codes::valid).flatMap(code -> Gen.elements(
        code.value(), code.value().toLowerCase(java.util.Locale.ROOT), " " + code + " ",
        "\"" + code + "\"", "\"" + code, code + "\"", "'" + code + "'", code + "\u0000",
        "\u00A0" + code, code.value().replace('0', '\u0660')));
    return Gen.frequency(Weighted.of(3, Junk.text(14)), Weighted.of(3, invalid),
        Weighted.of(2, loose));
  }

  /** Any code that is well formed in general, or an example of one, for the builders. */
  static Gen<OdsCode> someCode() {
    return Gen.elements(KINDS).flatMap(Codes::valid);
  }

  static void feed(Soak soak, Budget budget) {
    soak.feed("OdsCode.parse", budget.thousandths(40), codeText(), text -> {
      String outcome = refusedOnlyWith(() -> {
        OdsCode code = OdsCode.parse(text);
        that(CANONICAL.matcher(code.value()).matches(), "parsed to a code not canonical: " + code);
        return code;
      }, Invariant.CODE_FORMAT);
      return outcome;
    });
    soak.feed("OdsCode.of", budget.thousandths(20), codeText(), text -> {
      String outcome = refusedOnlyWith(() -> OdsCode.of(text), Invariant.CODE_FORMAT);
      that(CANONICAL.matcher(text).matches(), "accepted a code not canonical: " + text);
      return outcome;
    });
    record KindText(OrganisationKind kind, String text) {}
    soak.feed("OrganisationKind.check", budget.thousandths(20),
        Gen.elements(KINDS).flatMap(kind -> codeText().map(text -> new KindText(kind, text))),
        input -> refusedOnlyWith(() -> input.kind().check(OdsCode.parse(input.text())),
            Invariant.CODE_FORMAT));
    soak.feed("Money.parse", budget.thousandths(40), Junk.number(), text ->
        refusedOnlyWith(() -> {
          Money money = Money.parse(text);
          that(Money.parse(money.toString()).equals(money), "does not read back " + money);
          return money;
        }, Invariant.MONEY_FORMAT, Invariant.MONEY_OVERFLOW));
    soak.feed("Money.of(BigDecimal)", budget.thousandths(30), Junk.decimals(), pounds ->
        refusedOnlyWith(() -> {
          Money money = Money.of(pounds);
          that(money.toPounds().compareTo(pounds) == 0, pounds + " became " + money);
          return money;
        }, Invariant.MONEY_FORMAT, Invariant.MONEY_OVERFLOW));
    feedArithmetic(soak, budget);
    feedShares(soak, budget);
    feedTime(soak, budget);
    feedOrganisations(soak, budget);
    feedDutiesAndMoney(soak, budget);
  }

  private record Sum(long a, long b, int operation, int scale) {}

  private static void feedArithmetic(Soak soak, Budget budget) {
    Gen<Sum> sums = Junk.longs().flatMap(a -> Junk.longs().flatMap(b -> Gen.integers(0, 6)
        .flatMap(op -> Gen.frequency(Weighted.of(20, Gen.integers(-3, 20)),
            Weighted.of(1, Junk.ints())).map(scale -> new Sum(a, b, op, scale)))));
    soak.feed("Money arithmetic", budget.thousandths(30), sums, sum -> {
      if (sum.operation() == 6 && (sum.scale() < 0 || sum.scale() > 100)) {
        try {
          Money.ofPence(sum.a()).shareOf(Money.ofPence(sum.b()), sum.scale());
        } catch (IllegalArgumentException refused) {
          that(!(refused instanceof ViolationException)
              && refused.getMessage().endsWith("decimal places, not " + sum.scale()),
              "refused the scale with " + refused);
          return "IllegalArgumentException naming the scale";
        }
        throw new AssertionError("accepted the scale " + sum.scale());
      }
      return refusedOnlyWith(() -> {
      Money a = Money.ofPence(sum.a());
      Money b = Money.ofPence(sum.b());
      BigInteger x = BigInteger.valueOf(sum.a());
      BigInteger y = BigInteger.valueOf(sum.b());
      return switch (sum.operation()) {
        case 0 -> exactly(a.plus(b), x.add(y));
        case 1 -> exactly(a.minus(b), x.subtract(y));
        case 2 -> exactly(a.times(sum.b()), x.multiply(y));
        case 3 -> exactly(a.negated(), x.negate());
        case 4 -> exactly(Money.ofPounds(sum.a()), x.multiply(BigInteger.valueOf(100)));
        case 5 -> exactly(Money.sum(List.of(a, b, a)), x.add(y).add(x));
        default -> a.shareOf(b, sum.scale());
      };
      }, Invariant.MONEY_OVERFLOW, Invariant.MONEY_FORMAT);
    });
  }

  /** Checks an exact result, and that it was not refused when it fits. */
  private static Money exactly(Money result, BigInteger expected) {
    that(BigInteger.valueOf(result.pence()).equals(expected), "gave " + result.pence() + ", not "
        + expected);
    return result;
  }

  private record Apportioning(long pence, List<long[]> fractions) {
    @Override
    public String toString() {
      StringBuilder shown = new StringBuilder(pence + "p in");
      fractions.forEach(f -> shown.append(' ').append(f[0]).append('/').append(f[1]));
      return shown.toString();
    }
  }

  private static void feedShares(Soak soak, Budget budget) {
    record Fraction(long numerator, long denominator, String text) {}
    Gen<Fraction> fractions = Junk.longs().flatMap(n -> Junk.longs().flatMap(d -> Junk.number()
        .map(text -> new Fraction(n, d, text))));
    soak.feed("Share.of and Share.parse", budget.thousandths(30), fractions, f -> {
      String of = refusedOnlyWith(() -> Share.of(f.numerator(), f.denominator()),
          Invariant.MONEY_FORMAT);
      String parsed = refusedOnlyWith(() -> {
        Share share = Share.parse(f.text());
        that(share.numerator() <= share.denominator(), "parsed past the whole: " + share);
        return share;
      }, Invariant.MONEY_FORMAT);
      return "of " + of + ", parse " + parsed;
    });
    Gen<long[]> share = Gen.frequency(
        Weighted.of(4, Gen.integers(1, 12).flatMap(d -> Gen.integers(0, d)
            .map(n -> new long[] {n, d}))),
        Weighted.of(1, Junk.longs().flatMap(n -> Junk.longs().map(d -> new long[] {n, d}))));
    Gen<Apportioning> apportionings = Junk.longs().flatMap(pence -> Gen.listOf(share, 0, 6)
        .map(list -> new Apportioning(pence, List.copyOf(list))));
    soak.feed("Share.apportion", budget.thousandths(20), apportionings, input ->
        refusedOnlyWith(() -> {
          List<Share> shares = new ArrayList<>();
          for (long[] fraction : input.fractions()) {
            shares.add(Share.of(fraction[0], fraction[1]));
          }
          List<Money> parts = Share.apportion(Money.ofPence(input.pence()), shares);
          that(parts.stream().mapToLong(Money::pence).sum() == input.pence()
              && parts.stream().noneMatch(Money::isNegative), "parts " + parts + " of "
              + input.pence() + "p do not add up");
          return parts;
        }, Invariant.MONEY_FORMAT, Invariant.MONEY_NEGATIVE));
  }

  private static void feedTime(Soak soak, Budget budget) {
    record Dates(LocalDate start, LocalDate end, String text) {}
    Gen<String> periodText = Gen.oneOf(
        Junk.dateText().flatMap(a -> Junk.dateText().map(b -> a + "/" + b)),
        Junk.dateText().map(a -> a + "/"), Junk.dateText(),
        Junk.dateText().flatMap(a -> Junk.dateText().map(b -> a + "/" + b + "/" + a)));
    soak.feed("Period.of and Period.parse", budget.thousandths(30), Junk.dates().flatMap(a -> Junk
        .dates().flatMap(b -> periodText.map(text -> new Dates(a, b, text)))), input -> {
          String of = refusedOnlyWith(() -> {
            Period period = Period.of(input.start(), input.end());
            that(!input.end().isBefore(input.start()), "accepted a period ending first: " + period);
            that(Period.parse(period.toString()).equals(period), "does not read back " + period);
            return period;
          }, Invariant.PERIOD_ORDER);
          String parsed = refusedOnlyWith(() -> Period.parse(input.text()),
              Invariant.PERIOD_ORDER, Invariant.DATE_FORMAT);
          return "of " + of + ", parse " + parsed;
        });
    record Years(int start, long plus, String text, LocalDate date) {}
    Gen<String> yearText = Gen.oneOf(Junk.number(), Junk.ints().flatMap(y -> Junk.ints()
        .map(z -> y + "/" + z)), Gen.elements("2013/14", "1999/00", "9998/99", "9999/00",
        "1947/48", "2013/15", "2013-14", "２０１３/14"));
    soak.feed("FinancialYear", budget.thousandths(30), Junk.ints().flatMap(start -> Junk.longs()
        .flatMap(plus -> yearText.flatMap(text -> Junk.dates().map(date -> new Years(start, plus,
            text, date))))), input -> {
          String of = refusedOnlyWith(() -> FinancialYear.of(input.start()).plusYears(input.plus())
              .toPeriod(), Invariant.PERIOD_ORDER);
          String parsed = refusedOnlyWith(() -> {
            FinancialYear year = FinancialYear.parse(input.text());
            that(FinancialYear.parse(year.toString()).equals(year), "does not read back " + year);
            return year;
          }, Invariant.DATE_FORMAT, Invariant.PERIOD_ORDER);
          String containing = refusedOnlyWith(() -> FinancialYear.containing(input.date()),
              Invariant.PERIOD_ORDER);
          return "of " + of + ", parse " + parsed + ", containing " + containing;
        });
  }

  /** An organisation's parts, any of which may be missing or bad. */
  private record OrganisationParts(OrganisationKind kind, String code, String name,
      LocalDate opened, LocalDate closed, int missing) {}

  private static void feedOrganisations(Soak soak, Budget budget) {
    Gen<String> names = Gen.oneOf(Junk.text(10), Gen.elements("", " ", "\t", "Stockton PCT"));
    Gen<OrganisationParts> parts = Gen.elements(KINDS).flatMap(kind -> codeText()
        .flatMap(code -> names.flatMap(name -> Junk.dates().flatMap(opened -> Junk.dates()
            .flatMap(closed -> Gen.integers(0, 8).map(missing -> new OrganisationParts(kind,
                code, name, opened, closed, missing)))))));
    soak.feed("Organisation.builder", budget.thousandths(30), parts, input -> refusedOnlyWith(() -> {
      Organisation.Builder builder = Organisation.builder();
      OdsCode code = OdsCode.parse(input.code());
      if (input.missing() != 0) {
        builder.code(code);
      }
      if (input.missing() != 1) {
        builder.name(input.name());
      }
      if (input.missing() != 2) {
        builder.kind(input.kind());
      }
      if (input.missing() != 3) {
        builder.operational(Period.from(input.opened()));
      }
      Organisation built = builder.build();
      that(input.kind().accepts(built.code()) && !built.name().isBlank(), "built " + built);
      return built.closedOn(input.closed());
    }, Invariant.CODE_FORMAT, Invariant.PERIOD_ORDER));
    record RelationshipParts(RelationshipType type, OdsCode from, OdsCode to, LocalDate since,
        LocalDate ended) {}
    Gen<OdsCode> codes = Gen.frequency(Weighted.of(1, Gen.elements(OdsCode.of("5E1"),
        OdsCode.of("Q30"))), Weighted.of(3, someCode()));
    soak.feed("Relationship", budget.thousandths(20), Gen.elements(RelationshipType.values())
        .flatMap(type -> codes.flatMap(from -> codes.flatMap(to -> Junk.dates().flatMap(since ->
            Junk.dates().map(ended -> new RelationshipParts(type, from, to, since, ended)))))),
        input -> refusedOnlyWith(() -> Relationship.of(input.type(), input.from(), input.to(),
            input.since()).endedOn(input.ended()), Invariant.RELATIONSHIP_CYCLE,
            Invariant.PERIOD_ORDER));
  }

  private static void feedDutiesAndMoney(Soak soak, Budget budget) {
    record DutyParts(String areaCode, String areaName, CommissioningFunction function, int population,
        OdsCode holder, OdsCode delegate, LocalDate since) {}
    Gen<String> areaCodes = Gen.oneOf(Junk.text(10), Gen.elements("E16000020", "e16000020",
        "E1600002", "E160000200", "EE6000020", " E16000020", "E16000020\n", "E１6000020"));
    Gen<OdsCode> codes = Gen.frequency(Weighted.of(1, Gen.constant(OdsCode.of("5E1"))),
        Weighted.of(2, someCode()));
    soak.feed("Area, Duty and DutyAssignment", budget.thousandths(20), areaCodes.flatMap(code ->
        Gen.oneOf(Junk.text(6), Gen.elements("Stockton", "")).flatMap(name -> Gen.elements(
            CommissioningFunction.values()).flatMap(function -> Gen.integers(0, 3).flatMap(p ->
            codes.flatMap(holder -> codes.flatMap(delegate -> Junk.dates().map(since ->
                new DutyParts(code, name, function, p, holder, delegate, since)))))))),
        input -> refusedOnlyWith(() -> {
          Population population = switch (input.population()) {
            case 0 -> Population.registeredListOf(input.holder());
            case 1 -> Population.residentsOf(Area.of(input.areaCode(), input.areaName()));
            case 2 -> Population.unregisteredIn(Area.of(input.areaCode(), input.areaName()));
            default -> Population.registeredListOf(OdsCode.of("A81001"));
          };
          Duty duty = Duty.of(input.function(), population);
          if (input.population() == 3) {
            DutySelection.of(List.of()).selects(duty);
          }
          return duty;
        }, Invariant.CODE_FORMAT, Invariant.DUTY_POPULATION, Invariant.DUTY_HOLDER_KIND));
    soak.feed("DutyAssignment", budget.thousandths(10), codes.flatMap(holder -> codes.flatMap(
        delegate -> Junk.dates().map(since -> new DutyParts("E16000020", "x",
            CommissioningFunction.DENTAL, 1, holder, delegate, since)))), input ->
        refusedOnlyWith(() -> DutyAssignment.of(Duty.of(CommissioningFunction.DENTAL,
            Population.residentsOf(Area.of("E16000020", "Stockton"))), input.holder(),
            input.since()).delegatedTo(input.delegate()), Invariant.DUTY_HOLDER_KIND));
    record MoneyParts(OdsCode holder, OdsCode officer, int year, long pence, long tariff,
        int missing, int type) {}
    soak.feed("Allocation, Contract and RunningCost", budget.thousandths(30), codes.flatMap(holder ->
        codes.flatMap(officer -> Junk.ints().flatMap(year -> Junk.longs().flatMap(pence ->
            Junk.longs().flatMap(tariff -> Gen.integers(0, 8).flatMap(missing -> Gen.integers(0, 2)
                .map(type -> new MoneyParts(holder, officer, year, pence, tariff, missing,
                    type)))))))),
        input -> refusedOnlyWith(() -> {
          FinancialYear year = FinancialYear.of(Math.floorMod(input.year(),
              FinancialYear.MAX_START_YEAR - FinancialYear.MIN_START_YEAR + 1)
              + FinancialYear.MIN_START_YEAR);
          Money amount = Money.ofPence(input.pence());
          return switch (input.type()) {
            case 0 -> {
              Allocation.Builder builder = Allocation.builder().funding(Funding.INDICATIVE)
                  .ringFence(RingFence.PATIENT_CARE);
              if (input.missing() != 0) {
                builder.holder(input.holder());
              }
              if (input.missing() != 1) {
                builder.accountingOfficer(input.officer());
              }
              if (input.missing() != 2) {
                builder.year(year);
              }
              if (input.missing() != 3) {
                builder.amount(amount);
              }
              yield builder.build();
            }
            case 1 -> {
              Contract.Builder builder = Contract.builder().commissioner(input.holder())
                  .provider(input.officer()).year(year)
                  .tariff(Optional.of(Money.ofPence(input.tariff())));
              if (input.missing() != 0) {
                builder.service(CommissioningFunction.ACUTE_ELECTIVE);
              }
              if (input.missing() != 1) {
                builder.price(amount);
              }
              yield builder.build();
            }
            default -> RunningCost.of(input.holder(), year, amount);
          };
        }, Invariant.MONEY_NEGATIVE));
  }

  /** Classes the exception an Immutables builder throws when a required attribute is not set. */
  static Optional<String> attributeNotSet(Throwable thrown) {
    return thrown instanceof IllegalStateException && thrown.getMessage() != null
        && thrown.getMessage().startsWith("Cannot build ")
        && thrown.getMessage().contains("required attributes are not set")
        ? Optional.of("IllegalStateException naming the attribute not set") : Optional.empty();
  }
}
