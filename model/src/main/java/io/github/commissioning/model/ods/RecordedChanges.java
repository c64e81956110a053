package io.github.commissioning.model.ods;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.model.history.Succession;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.EndRelationship;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.Succeed;
import io.github.commissioning.transition.Transition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the records of the real history (organisations with their periods, memberships, periods
 * of being part of a body, successions) into dated changes. On each day the changes come in an
 * order that keeps every one applicable: relationships end, bodies are established and join their
 * parents, practices join or move, bodies are abolished once their practices have gone, then a
 * code reused by a new body that day (a CCG's code as a sub-ICB location) opens again with its
 * parents, and successions are recorded. The practices of such a code stay with it, since a
 * membership is of a code.
 */
final class RecordedChanges {
  private RecordedChanges() {}

  /** The order of changes within a day. */
  private enum Phase { END, ESTABLISH, RELATE, MOVE, ABOLISH, ESTABLISH_AGAIN, RELATE_AGAIN, SUCCEED }

  private record Dated(LocalDate date, Phase phase, String key, Transition change) {}

  static ImmutableList<Transition> of(List<Organisation> organisations, List<Membership> memberships,
      List<Relationship> relationships, List<Succession> successions) {
    List<Dated> changes = new ArrayList<>();
    java.util.Set<String> abolished = new java.util.HashSet<>();
    for (Organisation body : organisations) {
      body.operational().end().ifPresent(last -> abolished.add(body.code() + "@" + last.plusDays(1)));
    }
    for (Organisation body : organisations) {
      LocalDate opened = body.operational().start();
      boolean again = abolished.contains(body.code() + "@" + opened);
      changes.add(new Dated(opened, again ? Phase.ESTABLISH_AGAIN : Phase.ESTABLISH,
          body.code().value(), new Establish(opened,
          Organisation.of(body.code(), body.name(), body.kind(), opened),
          com.google.common.collect.ImmutableSet.of())));
      body.operational().end().ifPresent(last -> changes.add(new Dated(last.plusDays(1),
          Phase.ABOLISH, body.code().value(), new Abolish(last.plusDays(1), body.code()))));
    }
    for (Relationship relationship : relationships) {
      boolean again = abolished.contains(relationship.from() + "@" + relationship.period().start());
      periodOf(changes, relationship.type(), relationship.from(), relationship.to(),
          relationship.period().start(), relationship.period().end().orElse(null),
          again ? Phase.RELATE_AGAIN : Phase.RELATE);
    }
    memberships(changes, memberships);
    for (Succession succession : successions) {
      changes.add(new Dated(succession.effective(), Phase.SUCCEED,
          succession.predecessor().value() + ">" + succession.successor().value(),
          new Succeed(succession.effective(), succession.predecessor(), succession.successor(),
              succession.share())));
    }
    changes.sort(Comparator.comparing(Dated::date).thenComparing(Dated::phase)
        .thenComparing(Dated::key));
    return changes.stream().map(Dated::change).collect(ImmutableList.toImmutableList());
  }

  /** A practice's memberships: joining, moving on the day after each ends, and leaving. */
  private static void memberships(List<Dated> changes, List<Membership> memberships) {
    Map<OdsCode, List<Membership>> byPractice = new LinkedHashMap<>();
    memberships.forEach(m -> byPractice.computeIfAbsent(m.practice(), k -> new ArrayList<>()).add(m));
    byPractice.forEach((practice, own) -> {
      Membership previous = null;
      for (Membership membership : coalesced(own)) {
        LocalDate start = membership.period().start();
        if (previous != null && follows(previous, membership)) {
          changes.add(new Dated(start, Phase.MOVE, practice.value(),
              MovePractice.of(start, practice, previous.parent(), membership.parent())));
        } else {
          if (previous != null) {
            leave(changes, previous);
          }
          changes.add(new Dated(start, Phase.MOVE, practice.value(), new Relate(start,
              Relationship.of(RelationshipType.MEMBER_OF, practice, membership.parent(), start))));
        }
        previous = membership;
      }
      if (previous != null) {
        leave(changes, previous);
      }
    });
  }

  private static boolean follows(Membership earlier, Membership later) {
    return earlier.period().end().map(end -> end.plusDays(1).equals(later.period().start()))
        .orElse(false);
  }

  /** In date order, with back-to-back memberships of the same body joined into one. */
  private static List<Membership> coalesced(List<Membership> own) {
    List<Membership> sorted = new ArrayList<>(own);
    sorted.sort(Comparator.comparing(m -> m.period().start()));
    List<Membership> result = new ArrayList<>();
    for (Membership membership : sorted) {
      int lastIndex = result.size() - 1;
      if (lastIndex >= 0 && follows(result.get(lastIndex), membership)
          && result.get(lastIndex).parent().equals(membership.parent())) {
        Membership joined = result.get(lastIndex);
        result.set(lastIndex, new Membership(joined.practice(), joined.parent(),
            membership.period().end().map(end -> Period.of(joined.period().start(), end))
                .orElse(Period.from(joined.period().start()))));
      } else {
        result.add(membership);
      }
    }
    return result;
  }

  private static void leave(List<Dated> changes, Membership membership) {
    membership.period().end().ifPresent(last -> changes.add(new Dated(last.plusDays(1), Phase.END,
        membership.practice().value(), new EndRelationship(last.plusDays(1),
            RelationshipType.MEMBER_OF, membership.practice(), membership.parent()))));
  }

  private static void periodOf(List<Dated> changes, RelationshipType type, OdsCode from, OdsCode to,
      LocalDate start, LocalDate last, Phase phase) {
    changes.add(new Dated(start, phase, from.value(), new Relate(start,
        Relationship.of(type, from, to, start))));
    if (last != null) {
      changes.add(new Dated(last.plusDays(1), Phase.END, from.value(),
          new EndRelationship(last.plusDays(1), type, from, to)));
    }
  }
}
