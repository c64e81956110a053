package io.github.commissioning.model.history;

import io.github.commissioning.duty.Population;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.AppointAccountingOfficer;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.CutRunningCosts;
import io.github.commissioning.transition.Delegate;
import io.github.commissioning.transition.EndDelegation;
import io.github.commissioning.transition.EndRelationship;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.JoinConsortium;
import io.github.commissioning.transition.LeaveConsortium;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Recode;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.RepriceContract;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import io.github.commissioning.transition.Succeed;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Indexes a sequence of dated changes into a {@link History} without building landscapes: who was
 * open when, which practice belonged where, which body was part of which, and the lineage. It
 * reads only what changes the organisations, memberships, hierarchy and lineage; money, duties,
 * contracts and policy are the engine's business. Each change that contradicts the record so far
 * (a date going backwards, a practice moved from a body it is not in), or that gives a body a
 * code not of its kind, is reported and skipped.
 */
final class Chronicle implements Transition.Visitor<Void> {
  private record Open(OdsCode parent, LocalDate since) {}

  private final Consumer<Violation> problems;
  private final Map<OdsCode, Organisation> open = new LinkedHashMap<>();
  private final List<Organisation> closed = new ArrayList<>();
  private final Map<OdsCode, Open> memberships = new LinkedHashMap<>();
  private final List<Membership> endedMemberships = new ArrayList<>();
  private final Map<OdsCode, Open> parents = new LinkedHashMap<>();
  private final List<Relationship> endedParents = new ArrayList<>();
  private final List<Succession> successions = new ArrayList<>();
  private final List<OdsCode> abolishedToday = new ArrayList<>();
  private LocalDate last = LocalDate.MIN;
  private LocalDate date = LocalDate.MIN;

  Chronicle(Consumer<Violation> problems) {
    this.problems = problems;
  }

  void record(Transition change) {
    if (change.date().isBefore(last)) {
      problem(Invariant.TRANSITION_DATE, change.getClass().getSimpleName() + " dated "
          + change.date() + " comes after a change dated " + last + ": history only moves forward",
          change.date(), last);
      return;
    }
    if (change.date().isAfter(date)) {
      endOfDay();
    }
    last = change.date();
    date = change.date();
    try {
      change.accept(this);
    } catch (ViolationException unfit) {
      // A change the record cannot take (a body given a code not of its kind) is skipped too.
      unfit.violations().forEach(problems);
    }
  }

  /**
   * At the end of a day, a body abolished that day must have no practices or bodies left in it,
   * unless its code opened again the same day (a CCG's code carried on by a sub-ICB location),
   * since memberships are of codes.
   */
  private void endOfDay() {
    Set<OdsCode> gone = new HashSet<>(abolishedToday);
    gone.removeIf(open::containsKey);
    if (gone.isEmpty()) {
      abolishedToday.clear();
      return;
    }
    // One pass over what is open, however many bodies went today.
    Map<OdsCode, Long> members = new HashMap<>();
    memberships.values().stream().filter(o -> gone.contains(o.parent()))
        .forEach(o -> members.merge(o.parent(), 1L, Long::sum));
    Map<OdsCode, Long> children = new HashMap<>();
    parents.values().stream().filter(o -> gone.contains(o.parent()))
        .forEach(o -> children.merge(o.parent(), 1L, Long::sum));
    for (OdsCode code : abolishedToday) {
      if (!gone.contains(code)) {
        continue;
      }
      long memberCount = members.getOrDefault(code, 0L);
      long childCount = children.getOrDefault(code, 0L);
      if (memberCount + childCount > 0) {
        problem(Invariant.RECORD_INCONSISTENT, code + " was abolished on " + date + " but "
            + memberCount + " practices and " + childCount + " bodies are still in it", code, date);
      }
    }
    abolishedToday.clear();
  }

  History finish() {
    endOfDay();
    History.Builder builder = History.builder();
    closed.forEach(builder::organisation);
    open.values().forEach(builder::organisation);
    endedMemberships.forEach(builder::membership);
    memberships.forEach((practice, at) -> builder.membership(new Membership(practice, at.parent(),
        Period.from(at.since()))));
    endedParents.forEach(builder::relationship);
    parents.forEach((child, at) -> builder.relationship(new Relationship(RelationshipType.PART_OF,
        child, at.parent(), Period.from(at.since()))));
    successions.forEach(builder::succession);
    return builder.build(problems);
  }

  private void problem(Invariant invariant, String message, Object... subjects) {
    problems.accept(Violation.of(invariant, message, subjects));
  }

  // ---- organisations ------------------------------------------------------------------------

  private void opens(Organisation body) {
    if (open.containsKey(body.code())) {
      problem(Invariant.CODE_DUPLICATE, "Code " + body.code() + " opens on " + date
          + " but is already open as " + open.get(body.code()), body.code(), date);
      return;
    }
    open.put(body.code(), Organisation.of(body.code(), body.name(), body.kind(), body.operational().start()));
  }

  private void closes(OdsCode code) {
    Organisation body = open.remove(code);
    if (body == null) {
      problem(Invariant.REFERENCE_UNKNOWN, "Code " + code + " closes on " + date
          + " but is not open", code, date);
    } else if (!body.operational().start().isBefore(date)) {
      problem(Invariant.DATE_OUTSIDE_LIFETIME, "Code " + code + " closes on " + date
          + ", the day it opened", code, date);
      open.put(code, body);
    } else {
      closed.add(body.closedOn(date.minusDays(1)));
    }
  }

  /** Ends the open entry of a code and opens it again from today, changed. */
  private void changes(OdsCode code, java.util.function.UnaryOperator<Organisation> change) {
    Organisation body = open.get(code);
    if (body == null) {
      problem(Invariant.REFERENCE_UNKNOWN, "Code " + code + " changes on " + date
          + " but is not open", code, date);
      return;
    }
    Organisation changed = change.apply(body);
    closes(code);
    open.put(code, Organisation.of(code, changed.name(), changed.kind(), date));
  }

  // ---- memberships and hierarchy --------------------------------------------------------------

  private void starts(Relationship relationship) {
    if (relationship.type() == RelationshipType.MEMBER_OF) {
      start(memberships, relationship.from(), relationship.to(), relationship.period().start());
    } else if (relationship.type() == RelationshipType.PART_OF) {
      start(parents, relationship.from(), relationship.to(), relationship.period().start());
    }
  }

  private void start(Map<OdsCode, Open> periods, OdsCode child, OdsCode parent, LocalDate since) {
    Open already = periods.putIfAbsent(child, new Open(parent, since));
    if (already != null) {
      problem(Invariant.RECORD_INCONSISTENT, child + " joins " + parent + " on " + since
          + " but is still with " + already.parent(), child, parent, already.parent());
    }
  }

  private void ends(RelationshipType type, OdsCode child, OdsCode parent) {
    if (type == RelationshipType.MEMBER_OF) {
      end(memberships, child, parent, (since, lastDay) -> endedMemberships.add(
          new Membership(child, parent, Period.of(since, lastDay))));
    } else if (type == RelationshipType.PART_OF) {
      end(parents, child, parent, (since, lastDay) -> endedParents.add(new Relationship(
          RelationshipType.PART_OF, child, parent, Period.of(since, lastDay))));
    }
  }

  private interface Ended {
    void period(LocalDate since, LocalDate lastDay);
  }

  private void end(Map<OdsCode, Open> periods, OdsCode child, OdsCode parent, Ended ended) {
    Open current = periods.get(child);
    if (current == null || !current.parent().equals(parent)) {
      problem(Invariant.STATE_MISMATCH, child + " leaves " + parent + " on " + date + " but is "
          + (current == null ? "with no body" : "with " + current.parent()), child, parent);
      return;
    }
    periods.remove(child);
    if (current.since().isBefore(date)) {
      ended.period(current.since(), date.minusDays(1));
    }
  }

  /** Every practice of a body, and every body part of it, now belongs to another. */
  private void repoint(OdsCode from, OdsCode to) {
    for (Map.Entry<OdsCode, Open> entry : List.copyOf(memberships.entrySet())) {
      if (entry.getValue().parent().equals(from)) {
        ends(RelationshipType.MEMBER_OF, entry.getKey(), from);
        start(memberships, entry.getKey(), to, date);
      }
    }
    for (Map.Entry<OdsCode, Open> entry : List.copyOf(parents.entrySet())) {
      if (entry.getValue().parent().equals(from)) {
        ends(RelationshipType.PART_OF, entry.getKey(), from);
        start(parents, entry.getKey(), to, date);
      }
    }
  }

  /** A body closing with its own memberships and parent ending. */
  private void closesWithOwn(OdsCode code) {
    if (memberships.containsKey(code)) {
      ends(RelationshipType.MEMBER_OF, code, memberships.get(code).parent());
    }
    if (parents.containsKey(code)) {
      ends(RelationshipType.PART_OF, code, parents.get(code).parent());
    }
    closes(code);
  }

  private void succeeds(OdsCode predecessor, OdsCode successor, Share share, boolean recode) {
    successions.add(new Succession(predecessor, successor, date, share, recode));
  }

  // ---- the changes ----------------------------------------------------------------------------

  @Override
  public Void establish(Establish t) {
    opens(t.body());
    t.relationships().forEach(this::starts);
    return null;
  }

  /** Whether codes are open; reports each that is not, so the change can be skipped whole. */
  private boolean allOpen(String change, OdsCode... codes) {
    boolean all = true;
    for (OdsCode code : codes) {
      if (!open.containsKey(code)) {
        problem(Invariant.REFERENCE_UNKNOWN, change + " on " + date + " names " + code
            + ", which is not open", code, date);
        all = false;
      }
    }
    return all;
  }

  @Override
  public Void close(Close t) {
    if (!allOpen("Close", t.body(), t.successor())) {
      return null;
    }
    repoint(t.body(), t.successor());
    closesWithOwn(t.body());
    succeeds(t.body(), t.successor(), Share.WHOLE, false);
    return null;
  }

  @Override
  public Void abolish(Abolish t) {
    closesWithOwn(t.body());
    abolishedToday.add(t.body());
    return null;
  }

  @Override
  public Void merge(Merge t) {
    if (!allOpen("Merge", t.merging().toArray(new OdsCode[0]))
        || t.established().isEmpty() && !allOpen("Merge", t.into())) {
      return null;
    }
    if (t.established().isPresent() && open.containsKey(t.into())) {
      problem(Invariant.CODE_DUPLICATE, "Merge on " + date + " opens " + t.into()
          + ", which is already open", t.into(), date);
      return null;
    }
    t.established().ifPresent(this::opens);
    t.relationships().forEach(this::starts);
    for (OdsCode merging : t.merging()) {
      repoint(merging, t.into());
      closesWithOwn(merging);
      succeeds(merging, t.into(), Share.WHOLE, false);
    }
    return null;
  }

  @Override
  public Void split(Split t) {
    if (!allOpen("Split", t.body())) {
      return null;
    }
    for (SplitPart part : t.parts()) {
      if (part.established().isEmpty() && !allOpen("Split", part.successor())) {
        return null;
      }
    }
    for (SplitPart part : t.parts()) {
      part.established().ifPresent(this::opens);
      for (Population population : part.populations()) {
        if (population instanceof Population.RegisteredList list) {
          Open current = memberships.get(list.practice());
          if (current != null && current.parent().equals(t.body())) {
            ends(RelationshipType.MEMBER_OF, list.practice(), t.body());
            start(memberships, list.practice(), part.successor(), date);
          }
        }
      }
      succeeds(t.body(), part.successor(), part.share(), false);
    }
    repoint(t.body(), t.parts().get(0).successor());
    closesWithOwn(t.body());
    return null;
  }

  @Override
  public Void succeed(Succeed t) {
    succeeds(t.predecessor(), t.successor(), t.share(), false);
    return null;
  }

  @Override
  public Void rename(Rename t) {
    changes(t.body(), body -> Organisation.of(body.code(), t.name(), body.kind(), date));
    return null;
  }

  @Override
  public Void recode(Recode t) {
    Organisation body = open.get(t.from());
    if (body == null) {
      problem(Invariant.REFERENCE_UNKNOWN, "Code " + t.from() + " is recoded on " + date
          + " but is not open", t.from(), date);
      return null;
    }
    if (open.containsKey(t.to())) {
      problem(Invariant.CODE_DUPLICATE, "Code " + t.from() + " is recoded on " + date + " as "
          + t.to() + ", which is already open", t.to(), date);
      return null;
    }
    opens(Organisation.of(t.to(), body.name(), t.kind().orElse(body.kind()), date));
    repoint(t.from(), t.to());
    Open ownMembership = memberships.get(t.from());
    Open ownParent = parents.get(t.from());
    closesWithOwn(t.from());
    if (ownMembership != null) {
      start(memberships, t.to(), ownMembership.parent(), date);
    }
    if (ownParent != null) {
      start(parents, t.to(), ownParent.parent(), date);
    }
    succeeds(t.from(), t.to(), Share.WHOLE, true);
    return null;
  }

  @Override
  public Void movePractice(MovePractice t) {
    Open current = memberships.get(t.practice());
    if (current == null || !current.parent().equals(t.from())) {
      ends(RelationshipType.MEMBER_OF, t.practice(), t.from());
      return null;
    }
    // The target is not required to be open: ODS records some practices as joining a CCG code
    // before that CCG opened (D2P2L from 2020-04-01, opened 2021-04-01); the membership is kept.
    ends(RelationshipType.MEMBER_OF, t.practice(), t.from());
    start(memberships, t.practice(), t.to(), date);
    return null;
  }

  @Override
  public Void relate(Relate t) {
    starts(t.relationship());
    return null;
  }

  @Override
  public Void endRelationship(EndRelationship t) {
    ends(t.type(), t.from(), t.to());
    return null;
  }

  @Override
  public Void authoriseFoundationTrust(AuthoriseFoundationTrust t) {
    changes(t.trust(), body -> Organisation.of(body.code(), body.name(),
        OrganisationKind.FOUNDATION_TRUST, date));
    return null;
  }

  @Override
  public Void formConsortium(FormConsortium t) {
    opens(t.consortium());
    return null;
  }

  @Override
  public Void transferDuties(TransferDuties t) {
    return null;
  }

  @Override
  public Void joinConsortium(JoinConsortium t) {
    return null;
  }

  @Override
  public Void leaveConsortium(LeaveConsortium t) {
    return null;
  }

  @Override
  public Void delegate(Delegate t) {
    return null;
  }

  @Override
  public Void endDelegation(EndDelegation t) {
    return null;
  }

  @Override
  public Void allocate(Allocate t) {
    return null;
  }

  @Override
  public Void convertToCash(ConvertToCash t) {
    return null;
  }

  @Override
  public Void reinvestUnderspend(ReinvestUnderspend t) {
    return null;
  }

  @Override
  public Void appointAccountingOfficer(AppointAccountingOfficer t) {
    return null;
  }

  @Override
  public Void signContract(SignContract t) {
    return null;
  }

  @Override
  public Void repriceContract(RepriceContract t) {
    return null;
  }

  @Override
  public Void cutRunningCosts(CutRunningCosts t) {
    return null;
  }

  @Override
  public Void changePolicy(ChangePolicy t) {
    return null;
  }
}
