package io.github.commissioning.model.reform;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.transition.Reorganised;
import java.time.LocalDate;

/**
 * A seed reform replayed on England in 2010: what its reorganisation did, how its policy treated
 * the changes it must refuse, how running costs met its targets, and how many clinical
 * commissioning groups were enacted instead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reform the reform
 * @param reorganised the reorganisation applied, with the landscapes before and after
 * @param trials the changes tried afterwards and how each was refused
 * @param costTargets running costs against targets, by region then for England; empty if the
 *     reform sets none
 * @param enacted the bodies open on {@link #ENACTED}, when the reforms that were enacted took
 *     effect, by kind, from the real history (which records no money)
 */
public record Replayed(SeedReform reform, Reorganised reorganised,
    ImmutableList<Trial.Outcome> trials, ImmutableList<CostTarget> costTargets,
    ImmutableSortedMap<OrganisationKind, Integer> enacted) {

  /** The day the reforms that were enacted took effect: 1 April 2013. */
  public static final LocalDate ENACTED = LocalDate.of(2013, 4, 1);

  /** Creates the outcome. */
  public Replayed {
    checkNotNull(reform, "reform");
    checkNotNull(reorganised, "reorganised");
    checkNotNull(trials, "trials");
    checkNotNull(costTargets, "costTargets");
    checkNotNull(enacted, "enacted");
    enacted.forEach((kind, count) -> checkArgument(count >= 0,
        "A count of bodies is never negative: %s for %s", count, kind));
  }

  /**
   * Returns the clinical commissioning groups open on {@link #ENACTED}: what was enacted in place
   * of the consortia.
   *
   * @return their number, from the real history
   */
  public int groupsEnacted() {
    return enacted.getOrDefault(OrganisationKind.CLINICAL_COMMISSIONING_GROUP, 0);
  }

  /**
   * Returns the GP consortia open after the reform.
   *
   * @return their number
   */
  public int consortia() {
    return reorganised.after().open(OrganisationKind.GP_CONSORTIUM).size();
  }
}
