package io.github.commissioning.model.transition;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A new body standing where its predecessors stood: the parents they all shared. */
final class Inheritance {
  private Inheritance() {}

  /**
   * Returns, for each single-parent relationship type, a relationship from the new body to the
   * parent that every predecessor has, starting on the change's date.
   */
  static ImmutableList<Relationship> sharedParents(Workspace work, Collection<OdsCode> predecessors,
      OdsCode newBody) {
    ImmutableList.Builder<Relationship> inherited = ImmutableList.builder();
    for (RelationshipType type : RelationshipType.values()) {
      if (!type.singleParent()) {
        continue;
      }
      Optional<OdsCode> shared = null;
      for (OdsCode predecessor : predecessors) {
        List<Relationship> parents = work.relationshipsOf(predecessor, r -> r.type() == type
            && r.from().equals(predecessor));
        Optional<OdsCode> parent = parents.size() == 1 ? Optional.of(parents.get(0).to())
            : Optional.empty();
        shared = shared == null || shared.equals(parent) ? parent : Optional.empty();
      }
      if (shared != null && shared.isPresent()) {
        inherited.add(Relationship.of(type, newBody, shared.get(), work.date()));
      }
    }
    return inherited.build();
  }
}
