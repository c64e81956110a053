package io.github.commissioning.model.reform;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.transition.Reorganisation;

/**
 * A reform made concrete for one landscape: the reorganisation that carries it out, the changes
 * its policy must refuse afterwards, and the management cost reduction targets it must meet.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reorganisation the steps
 * @param trials changes tried afterwards, each to be refused by a rule
 * @param regionalCostTargets cuts required by 2013/14, in percent, by strategic health authority;
 *     empty if the reform sets none
 * @param nationalCostTarget the cut required nationally, in percent; zero if none
 */
public record Plan(Reorganisation reorganisation, ImmutableList<Trial> trials,
    ImmutableMap<OdsCode, Integer> regionalCostTargets, int nationalCostTarget) {

  /** Creates the plan. */
  public Plan {
    checkNotNull(reorganisation, "reorganisation");
    checkNotNull(trials, "trials");
    checkNotNull(regionalCostTargets, "regionalCostTargets");
  }
}
