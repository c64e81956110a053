package io.github.commissioning.model.soak;

import static io.github.commissioning.model.soak.Expect.that;

import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Lineage;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Weighted;
import io.github.commissioning.testkit.soak.Soak;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The soak of the queries on the real history: codes it knows and codes it does not, on days
 * from the start of time to its end.
 */
final class HistoryFeeds {
  private HistoryFeeds() {}

  private record Query(int kind, OdsCode code, LocalDate date) {}

  static void feed(Soak soak, Budget budget, History history, List<OdsCode> known) {
    Gen<OdsCode> codes = Gen.frequency(Weighted.of(3, Gen.elements(known)),
        Weighted.of(1, ValueFeeds.someCode()));
    Gen<Query> queries = Gen.frequency(Weighted.of(400, Gen.integers(0, 7)),
        Weighted.of(1, Gen.constant(8))).flatMap(kind -> codes.flatMap(code -> Junk.dates()
            .map(date -> new Query(kind, code, date))));
    Lineage lineage = history.lineage();
    soak.feed("History and Lineage queries", budget.thousandths(30), queries, query -> {
      OdsCode code = query.code();
      LocalDate date = query.date();
      switch (query.kind()) {
        case 0 -> {
          Optional<Organisation> commissioner = history.commissionerOf(code, date);
          that(commissioner.isEmpty() || commissioner.get().isOpenOn(date),
              "the commissioner is not open: " + commissioner);
          return commissioner.isPresent() ? "commissioner found" : "no commissioner";
        }
        case 1 -> {
          Optional<Organisation> body = history.organisation(code, date);
          that(body.isEmpty() || body.get().code().equals(code) && body.get().isOpenOn(date),
              "the wrong body: " + body);
          return body.isPresent() ? "organisation found" : "no organisation";
        }
        case 2 -> {
          int total = 0;
          for (OrganisationKind kind : OrganisationKind.values()) {
            int count = history.count(kind, date);
            that(count >= 0, "count " + count);
            total += count;
          }
          return total > 0 ? "counted some" : "counted none";
        }
        case 3 -> {
          Optional<Membership> membership = history.membershipOn(code, date);
          that(membership.isEmpty() || membership.get().period().contains(date),
              "membership not in force: " + membership);
          return "membership " + (membership.isPresent() ? "found" : "none");
        }
        case 4 -> {
          List<OdsCode> members = history.membersOn(code, date);
          history.parentOn(code, date);
          return members.isEmpty() ? "no members" : "members";
        }
        case 5 -> {
          that(!lineage.descendantsOf(code).contains(code) && !lineage.ancestorsOf(code)
              .contains(code), "a code is its own ancestor or descendant");
          return "ancestors and descendants";
        }
        case 6, 7 -> {
          Map<OdsCode, Share> carriers = lineage.carriersOn(code, date,
              (c, d) -> history.organisation(c, d).isPresent());
          return carriers.isEmpty() ? "no carrier" : "carriers";
        }
        default -> {
          return Expect.refusedOnlyWith(() -> {
            LandscapeSnapshot landscape = history.at(date);
            that(landscape.date().equals(date), "the landscape of another day");
            return landscape;
          }, Invariant.values());
        }
      }
    });
  }
}
