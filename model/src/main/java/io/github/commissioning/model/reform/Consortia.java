package io.github.commissioning.model.reform;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Practices grouped into consortia within their primary care organisation: each organisation's
 * practices, in code order, are cut into as many runs of neighbouring codes as its share of the
 * national number of consortia, at least one.
 */
final class Consortia {
  private Consortia() {}

  /** One consortium: its number within its primary care organisation, and its practices. */
  record Group(OdsCode pco, int number, ImmutableList<OdsCode> practices) {
    /** The consortium's code: C, the organisation's code and the number, such as C5QA2. */
    OdsCode code() {
      return OdsCode.parse("C" + pco.value() + number);
    }

    Organisation body(England2010 england, LocalDate date) {
      String pcoName = england.landscape().require(pco).name();
      return Organisation.of(code(), "GP consortium " + number + " of " + pcoName,
          OrganisationKind.GP_CONSORTIUM, date);
    }
  }

  /**
   * Groups every practice of the landscape into about {@code target} consortia.
   *
   * @return the consortia, by organisation and number
   */
  static ImmutableList<Group> of(England2010 england, int target) {
    int practices = england.landscape().open(OrganisationKind.GP_PRACTICE).size();
    List<Group> groups = new ArrayList<>();
    for (OdsCode pco : england.primaryCareOrganisations()) {
      List<OdsCode> members = england.practicesOf(pco);
      if (members.isEmpty()) {
        continue;
      }
      long count = Math.max(1, Math.round((double) members.size() * target / practices));
      int size = (int) Math.ceil((double) members.size() / count);
      int number = 1;
      for (List<OdsCode> run : Lists.partition(members, size)) {
        groups.add(new Group(pco, number++, ImmutableList.copyOf(run)));
      }
    }
    return ImmutableList.copyOf(groups);
  }
}
