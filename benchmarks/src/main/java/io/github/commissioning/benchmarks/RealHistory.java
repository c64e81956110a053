package io.github.commissioning.benchmarks;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The real history of 1999 to 2023, built from the extracts bundled in the data module, strictly:
 * any record left out fails the benchmark rather than quietly measuring less.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RealHistory {
  private RealHistory() {}

  /**
   * Returns the real history as dated changes, as {@link OdsHistory#load} reads them.
   *
   * @return the changes, in date order
   * @throws ViolationException if any record was left out
   */
  public static ImmutableList<Transition> changes() {
    List<Violation> problems = new ArrayList<>();
    ImmutableList<Transition> changes = OdsHistory.changes(OdsExtracts::open, problems::add);
    if (!problems.isEmpty()) {
      throw new ViolationException(problems);
    }
    return changes;
  }

  /**
   * Indexes changes into a history, strictly.
   *
   * @param changes the changes, in date order
   * @return the history
   * @throws ViolationException if any change contradicts the record so far
   */
  public static History index(List<Transition> changes) {
    List<Violation> problems = new ArrayList<>();
    History history = History.index(changes, problems::add);
    if (!problems.isEmpty()) {
      throw new ViolationException(problems);
    }
    return history;
  }

  /**
   * Returns every practice (or other cost centre) that belonged to a body at some time: those
   * that join one or move between two in the changes.
   *
   * @param changes the changes
   * @return the practices, in order of first appearance
   */
  public static Set<OdsCode> practices(List<Transition> changes) {
    checkNotNull(changes, "changes");
    Set<OdsCode> practices = new LinkedHashSet<>();
    for (Transition change : changes) {
      if (change instanceof Relate relate
          && relate.relationship().type() == RelationshipType.MEMBER_OF) {
        practices.add(relate.relationship().from());
      } else if (change instanceof MovePractice move) {
        practices.add(move.practice());
      }
    }
    return practices;
  }
}
