package io.github.commissioning.model.landscape;

import io.github.commissioning.testkit.LandscapeDraft;

/** Builds snapshots from the testkit's drafts. */
final class LandscapeSnapshotFactory {
  private LandscapeSnapshotFactory() {}

  static LandscapeSnapshot create(LandscapeDraft draft) {
    return LandscapeSnapshot.builder(draft.date())
        .addAllOrganisations(draft.organisations())
        .addAllRelationships(draft.relationships())
        .addAllAreas(draft.areas())
        .addAllDuties(draft.duties())
        .addAllAllocations(draft.allocations())
        .addAllContracts(draft.contracts())
        .addAllRunningCosts(draft.runningCosts())
        .build();
  }
}
