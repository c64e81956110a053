package io.github.commissioning.model.history;

import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Effect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a history while changes are applied: the landscape after each, and from them each
 * practice's commissioner and each body's parent as periods, and the lineage the effects state.
 */
final class Replay {
  private final List<LandscapeSnapshot> snapshots = new ArrayList<>();
  private final List<Succession> successions = new ArrayList<>();
  /** Per practice and per child body: the current period's start and its parent. */
  private final Map<OdsCode, Open> memberships = new LinkedHashMap<>();
  private final Map<OdsCode, Open> parents = new LinkedHashMap<>();
  private final List<Membership> ended = new ArrayList<>();
  private final List<Relationship> endedParents = new ArrayList<>();

  private record Open(OdsCode parent, LocalDate since) {}

  Replay(LandscapeSnapshot start) {
    record(start);
  }

  LandscapeSnapshot current() {
    return snapshots.get(snapshots.size() - 1);
  }

  void apply(Applied applied) {
    for (Effect.Succeeded succeeded : applied.effects(Effect.Succeeded.class)) {
      successions.add(new Succession(succeeded.predecessor(), succeeded.successor(),
          applied.transition().date(), succeeded.share(), succeeded.recode()));
    }
    LandscapeSnapshot after = (LandscapeSnapshot) applied.after();
    if (snapshots.size() > 1 && current().date().equals(after.date())) {
      snapshots.set(snapshots.size() - 1, after);
    } else {
      snapshots.add(after);
    }
    track(after);
  }

  private void record(LandscapeSnapshot start) {
    snapshots.add(start);
    track(start);
  }

  /** Closes the periods that changed on this landscape's date and opens the new ones. */
  private void track(LandscapeSnapshot landscape) {
    LocalDate date = landscape.date();
    Map<OdsCode, OdsCode> memberNow = new LinkedHashMap<>();
    Map<OdsCode, OdsCode> parentNow = new LinkedHashMap<>();
    for (Organisation organisation : landscape.organisations()) {
      if (!organisation.isOpenOn(date)) {
        continue;
      }
      landscape.primaryCareOrganisationOf(organisation.code())
          .ifPresent(pco -> memberNow.put(organisation.code(), pco));
      landscape.parentOf(organisation.code()).ifPresent(p -> parentNow.put(organisation.code(), p));
    }
    advance(memberships, memberNow, date, (code, open, end) -> ended.add(
        new Membership(code, open.parent(), Period.of(open.since(), end))));
    advance(parents, parentNow, date, (code, open, end) -> endedParents.add(new Relationship(
        RelationshipType.PART_OF, code, open.parent(), Period.of(open.since(), end))));
  }

  private interface Closer {
    void close(OdsCode code, Open open, LocalDate end);
  }

  private static void advance(Map<OdsCode, Open> periods, Map<OdsCode, OdsCode> now, LocalDate date,
      Closer closer) {
    for (OdsCode code : new ArrayList<>(periods.keySet())) {
      Open open = periods.get(code);
      OdsCode parent = now.get(code);
      if (!open.parent().equals(parent)) {
        if (open.since().isBefore(date)) {
          closer.close(code, open, date.minusDays(1));
        }
        periods.remove(code);
      }
    }
    now.forEach((code, parent) -> periods.putIfAbsent(code, new Open(parent, date)));
  }

  History finish() {
    History.Builder builder = History.builder();
    current().organisations().forEach(builder::organisation);
    ended.forEach(builder::membership);
    memberships.forEach((code, open) -> builder.membership(
        new Membership(code, open.parent(), Period.from(open.since()))));
    endedParents.forEach(builder::relationship);
    parents.forEach((code, open) -> builder.relationship(new Relationship(RelationshipType.PART_OF,
        code, open.parent(), Period.from(open.since()))));
    successions.forEach(builder::succession);
    builder.snapshots(snapshots);
    return builder.build();
  }
}
