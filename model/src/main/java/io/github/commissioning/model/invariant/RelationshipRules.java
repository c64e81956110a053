package io.github.commissioning.model.invariant;

import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.SetMultimap;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.violation.Invariant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Invariant 2: relationships join open bodies of allowed kinds, are in force, respect single
 * parents, form no cycles, and attach every open GP practice to a primary care organisation.
 */
final class RelationshipRules {
  private RelationshipRules() {}

  static void check(Findings findings) {
    Map<RelationshipType, SetMultimap<OdsCode, OdsCode>> graphs = new EnumMap<>(RelationshipType.class);
    for (Relationship relationship : findings.landscape().relationships()) {
      checkOne(findings, relationship);
      boolean added = graphs.computeIfAbsent(relationship.type(), t -> LinkedHashMultimap.create())
          .put(relationship.from(), relationship.to());
      if (!added) {
        findings.add(Invariant.RELATIONSHIP_MULTIPLE, relationship.from() + " is "
            + relationship.type() + " " + relationship.to() + " twice, over different periods",
            relationship.from(), relationship.to());
      }
    }
    graphs.forEach((type, graph) -> {
      checkMultiplicity(findings, type, graph);
      checkAcyclic(findings, type, graph);
    });
    checkPracticesAttached(findings,
        graphs.getOrDefault(RelationshipType.MEMBER_OF, LinkedHashMultimap.create()));
  }

  private static void checkOne(Findings findings, Relationship relationship) {
    Supplier<String> role = () -> "Relationship " + relationship;
    Optional<Organisation> from = findings.open(relationship.from(), role);
    Optional<Organisation> to = findings.open(relationship.to(), role);
    if (!relationship.period().contains(findings.date())) {
      findings.add(Invariant.NOT_IN_FORCE, role.get() + " is not in force on " + findings.date(),
          relationship.from(), relationship.to(), relationship.period());
    }
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    OrganisationKind fromKind = from.get().kind();
    OrganisationKind toKind = to.get().kind();
    if (!relationship.type().allows(fromKind, toKind)) {
      findings.add(Invariant.RELATIONSHIP_KIND, "A " + fromKind + " cannot be " + relationship.type()
          + " a " + toKind + ": " + relationship, relationship.from(), relationship.to());
    }
    findings.notBeforeOpening(from.get(), relationship.period().start(), role);
    findings.notBeforeOpening(to.get(), relationship.period().start(), role);
  }

  private static void checkMultiplicity(Findings findings, RelationshipType type,
      SetMultimap<OdsCode, OdsCode> graph) {
    for (Map.Entry<OdsCode, Collection<OdsCode>> entry : graph.asMap().entrySet()) {
      if (type.singleParent()) {
        tooMany(findings, type, entry.getKey(), entry.getValue(), "");
      } else if (type == RelationshipType.MEMBER_OF) {
        checkMemberships(findings, entry.getKey(), entry.getValue());
      }
    }
  }

  /** A practice belongs to at most one primary care organisation and at most one commissioning group. */
  private static void checkMemberships(Findings findings, OdsCode practice, Collection<OdsCode> parents) {
    SetMultimap<Boolean, OdsCode> byClass = LinkedHashMultimap.create();
    for (OdsCode parent : parents) {
      findings.landscape().organisation(parent).ifPresent(organisation -> byClass.put(
          organisation.kind().can(Capacity.HAVE_PRACTICE_MEMBERS), parent));
    }
    tooMany(findings, RelationshipType.MEMBER_OF, practice, byClass.get(true),
        " primary care organisation");
    tooMany(findings, RelationshipType.MEMBER_OF, practice, byClass.get(false),
        " consortium, federation or practice-based commissioner");
  }

  private static void tooMany(Findings findings, RelationshipType type, OdsCode from,
      Collection<OdsCode> parents, String what) {
    if (parents.size() > 1) {
      findings.add(Invariant.RELATIONSHIP_MULTIPLE, from + " is " + type + " more than one"
          + what + ": " + parents, from, parents);
    }
  }

  /** Finds cycles with an explicit stack, so that deep hierarchies cannot overflow the thread stack. */
  private static void checkAcyclic(Findings findings, RelationshipType type,
      SetMultimap<OdsCode, OdsCode> graph) {
    Map<OdsCode, Boolean> finished = new HashMap<>();
    for (OdsCode root : graph.keySet()) {
      if (finished.containsKey(root)) {
        continue;
      }
      Deque<Iterator<OdsCode>> stack = new ArrayDeque<>();
      Deque<OdsCode> path = new ArrayDeque<>();
      finished.put(root, false);
      path.push(root);
      stack.push(graph.get(root).iterator());
      while (!stack.isEmpty()) {
        Iterator<OdsCode> next = stack.peek();
        if (!next.hasNext()) {
          stack.pop();
          finished.put(path.pop(), true);
          continue;
        }
        OdsCode target = next.next();
        Boolean state = finished.get(target);
        if (state == null) {
          finished.put(target, false);
          path.push(target);
          stack.push(graph.get(target).iterator());
        } else if (!state) {
          findings.add(Invariant.RELATIONSHIP_CYCLE, "Relationship " + type + " forms a cycle through "
              + target + " and " + path.peek(), target, path.peek(), type);
        }
      }
    }
  }

  private static void checkPracticesAttached(Findings findings, SetMultimap<OdsCode, OdsCode> members) {
    for (Organisation practice : findings.landscape().open(OrganisationKind.GP_PRACTICE)) {
      boolean attached = members.get(practice.code()).stream()
          .map(parent -> findings.landscape().organisation(parent))
          .anyMatch(parent -> parent.isPresent()
              && parent.get().kind().can(Capacity.HAVE_PRACTICE_MEMBERS));
      if (!attached) {
        findings.add(Invariant.PRACTICE_UNATTACHED, "GP practice " + practice.code()
            + " is open on " + findings.date() + " but is a member of no primary care organisation",
            practice.code());
      }
    }
  }
}
