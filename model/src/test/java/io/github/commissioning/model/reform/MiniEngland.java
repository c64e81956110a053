package io.github.commissioning.model.reform;

import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.model.history.Succession;
import io.github.commissioning.model.ods.ListSizeRecord;
import io.github.commissioning.model.ods.OnsBody;
import io.github.commissioning.model.ods.RegisteredPatients;
import io.github.commissioning.model.ods.RegisteredPatients.AgeBand;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Transition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * England in 2010 in miniature: three of the real strategic health authorities with thirteen
 * primary care organisations and seventeen practices, small enough that every figure the
 * landscape and the reforms derive from it can be worked out by hand, and every reform replays in
 * milliseconds.
 *
 * <table>
 *   <caption>The primary care organisations, their practices and registered patients</caption>
 *   <tr><th>SHA</th><th>PCO</th><th>practices (patients)</th></tr>
 *   <tr><td>Q30</td><td>5D7</td><td>B10001 (100 women aged 75+), B10002 (150)</td></tr>
 *   <tr><td>Q30</td><td>TAC (care trust)</td><td>B20001 (250)</td></tr>
 *   <tr><td>Q36</td><td>5A4</td><td>A10001 (20), A10002 (no list)</td></tr>
 *   <tr><td>Q36</td><td>5A5, 5A7, 5A8, 5A9, 5AT, 5C1, 5C2</td><td>A20001 (200), A30001 (400),
 *       A40001 (500), A50001 (300), A60001 (1,200), A70001 (10), A80001 (700)</td></tr>
 *   <tr><td>Q37</td><td>5A1</td><td>C10001 (350)</td></tr>
 *   <tr><td>Q37</td><td>5P5</td><td>C20001 (400), C20002 (50), C20003 (50)</td></tr>
 *   <tr><td>Q37, through its successor 5QB</td><td>5QA</td><td>C30001 (100)</td></tr>
 * </table>
 *
 * <p>Every list but B10001's is boys aged 0 to 4 (weight 100 each, B10001's women 320 each), so
 * the weighted populations add up to 500,000 hundredths and each boy earns exactly GBP 16m of the
 * GBP 80bn general allocation; the 4,780 heads share the GBP 4bn of public health with
 * remainders.
 *
 * <p>The first trust in code order (5A1) is not in London, the authority with the most trusts, and
 * London's two smallest trusts (5C1 and 5A4) are not its first two, so that a reform choosing the
 * wrong authority or the wrong trusts shows in its steps.
 *
 * <p>Also in the history, and not in the landscape: a strategic health authority closed in 2006
 * (Q09), a trust with no authority at all (5NN, with practice Z00001 whose list NHSBSA still
 * counted), 5QA's successor 5QB (opened after the day), and three clinical commissioning groups
 * of 2013, two of them open on 1 April. 5D7 and 5QA have no ONS code in the 2012 list, so their
 * areas get synthetic codes.
 */
final class MiniEngland {
  static final LocalDate SHA_OPENED = LocalDate.of(2006, 7, 1);
  static final LocalDate PCT_OPENED = LocalDate.of(2006, 10, 1);
  static final LocalDate ABOLISHED = LocalDate.of(2013, 3, 31);
  static final LocalDate SUCCESSOR_OPENED = LocalDate.of(2011, 4, 1);

  static final OdsCode NORTH_EAST = OdsCode.of("Q30");
  static final OdsCode LONDON = OdsCode.of("Q36");
  static final OdsCode SOUTH_EAST_COAST = OdsCode.of("Q37");
  static final OdsCode CLOSED_SHA = OdsCode.of("Q09");

  static final OdsCode NEWCASTLE = OdsCode.of("5D7");
  static final OdsCode CARE_TRUST = OdsCode.of("TAC");
  static final OdsCode HAVERING = OdsCode.of("5A4");
  static final OdsCode KINGSTON = OdsCode.of("5A5");
  static final OdsCode BROMLEY = OdsCode.of("5A7");
  static final OdsCode GREENWICH = OdsCode.of("5A8");
  static final OdsCode BARNET = OdsCode.of("5A9");
  static final OdsCode HILLINGDON = OdsCode.of("5AT");
  static final OdsCode ENFIELD = OdsCode.of("5C1");
  static final OdsCode BARKING = OdsCode.of("5C2");
  static final OdsCode MEDWAY = OdsCode.of("5A1");
  static final OdsCode SURREY = OdsCode.of("5P5");
  static final OdsCode COASTAL_KENT = OdsCode.of("5QA");
  static final OdsCode KENT = OdsCode.of("5QB");
  static final OdsCode NOWHERE = OdsCode.of("5NN");

  /** The primary care organisations of the landscape, in code order. */
  static final List<OdsCode> PCOS = List.of(MEDWAY, HAVERING, KINGSTON, BROMLEY, GREENWICH,
      BARNET, HILLINGDON, ENFIELD, BARKING, NEWCASTLE, SURREY, COASTAL_KENT, CARE_TRUST);

  static final OdsCode UNLISTED = OdsCode.of("A10002");
  static final OdsCode ELDERLY = OdsCode.of("B10001");
  static final OdsCode DROPPED = OdsCode.of("Z00001");

  private MiniEngland() {}

  /** One practice: its code, its trust, and its list (null for none). */
  private record Practice(String code, OdsCode pco, RegisteredPatients patients) {}

  static RegisteredPatients boys(int count) {
    return band(false, AgeBand.AGED_0_TO_4, count);
  }

  static RegisteredPatients band(boolean female, AgeBand band, int count) {
    int[] males = new int[AgeBand.values().length];
    int[] females = new int[AgeBand.values().length];
    (female ? females : males)[band.ordinal()] = count;
    return RegisteredPatients.of(males, females);
  }

  private static List<Practice> practices(boolean everyPracticeListed) {
    return List.of(
        new Practice("A10001", HAVERING, boys(20)),
        new Practice("A10002", HAVERING, everyPracticeListed ? boys(1) : null),
        new Practice("A20001", KINGSTON, boys(200)),
        new Practice("A30001", BROMLEY, boys(400)),
        new Practice("A40001", GREENWICH, boys(500)),
        new Practice("A50001", BARNET, boys(300)),
        new Practice("A60001", HILLINGDON, boys(1_200)),
        new Practice("A70001", ENFIELD, boys(10)),
        new Practice("A80001", BARKING, boys(700)),
        new Practice("B10001", NEWCASTLE, band(true, AgeBand.AGED_75_AND_OVER, 100)),
        new Practice("B10002", NEWCASTLE, boys(150)),
        new Practice("B20001", CARE_TRUST, boys(250)),
        new Practice("C10001", MEDWAY, boys(350)),
        new Practice("C20001", SURREY, boys(400)),
        new Practice("C20002", SURREY, boys(50)),
        new Practice("C20003", SURREY, boys(50)),
        new Practice("C30001", COASTAL_KENT, boys(100)),
        new Practice("Z00001", NOWHERE, boys(1_000)));
  }

  private static Organisation body(OdsCode code, String name, OrganisationKind kind,
      LocalDate opened, LocalDate closed) {
    return Organisation.of(code, name, kind, Period.of(opened, closed));
  }

  private static Organisation pct(OdsCode code, String name) {
    return body(code, name, OrganisationKind.PRIMARY_CARE_TRUST, PCT_OPENED, ABOLISHED);
  }

  private static Relationship partOf(OdsCode body, OdsCode sha, LocalDate from) {
    return new Relationship(RelationshipType.PART_OF, body, sha, Period.of(from, ABOLISHED));
  }

  static History history(boolean everyPracticeListed) {
    History.Builder history = History.builder()
        .organisation(body(NORTH_EAST, "North East", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
            SHA_OPENED, ABOLISHED))
        .organisation(body(LONDON, "London", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
            SHA_OPENED, ABOLISHED))
        .organisation(body(SOUTH_EAST_COAST, "South East Coast",
            OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, SHA_OPENED, ABOLISHED))
        .organisation(body(CLOSED_SHA, "Closed Authority",
            OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, LocalDate.of(2002, 4, 1),
            SHA_OPENED.minusDays(1)))
        .organisation(pct(NEWCASTLE, "Newcastle"))
        .organisation(body(CARE_TRUST, "Northumberland Care Trust", OrganisationKind.CARE_TRUST,
            PCT_OPENED, ABOLISHED))
        .organisation(pct(HAVERING, "Havering"))
        .organisation(pct(KINGSTON, "Kingston"))
        .organisation(pct(BROMLEY, "Bromley"))
        .organisation(pct(GREENWICH, "Greenwich"))
        .organisation(pct(BARNET, "Barnet"))
        .organisation(pct(HILLINGDON, "Hillingdon"))
        .organisation(pct(ENFIELD, "Enfield"))
        .organisation(pct(BARKING, "Barking"))
        .organisation(pct(MEDWAY, "Medway"))
        .organisation(pct(SURREY, "Surrey"))
        .organisation(body(COASTAL_KENT, "Eastern and Coastal Kent",
            OrganisationKind.PRIMARY_CARE_TRUST, PCT_OPENED, SUCCESSOR_OPENED.minusDays(1)))
        .organisation(body(KENT, "Kent", OrganisationKind.PRIMARY_CARE_TRUST, SUCCESSOR_OPENED,
            ABOLISHED))
        .organisation(pct(NOWHERE, "Nowhere"))
        .organisation(Organisation.of(OdsCode.of("00K"), "Shadow CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP, Replayed.ENACTED))
        .organisation(Organisation.of(OdsCode.of("09A"), "Another CCG",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP, Replayed.ENACTED))
        .organisation(Organisation.of(OdsCode.of("02A"), "A CCG opened a day late",
            OrganisationKind.CLINICAL_COMMISSIONING_GROUP, Replayed.ENACTED.plusDays(1)))
        .succession(Succession.of(COASTAL_KENT, KENT, SUCCESSOR_OPENED))
        .relationship(partOf(KENT, SOUTH_EAST_COAST, SUCCESSOR_OPENED));
    for (OdsCode pco : List.of(NEWCASTLE, CARE_TRUST)) {
      history.relationship(partOf(pco, NORTH_EAST, PCT_OPENED));
    }
    for (OdsCode pco : List.of(HAVERING, KINGSTON, BROMLEY, GREENWICH, BARNET, HILLINGDON,
        ENFIELD, BARKING)) {
      history.relationship(partOf(pco, LONDON, PCT_OPENED));
    }
    for (OdsCode pco : List.of(MEDWAY, SURREY)) {
      history.relationship(partOf(pco, SOUTH_EAST_COAST, PCT_OPENED));
    }
    for (Practice practice : practices(everyPracticeListed)) {
      OdsCode code = OdsCode.of(practice.code());
      history.organisation(Organisation.of(code, "Surgery " + practice.code(),
          OrganisationKind.GP_PRACTICE, LocalDate.of(1990, 4, 1)));
      LocalDate left = practice.pco().equals(COASTAL_KENT) ? SUCCESSOR_OPENED.minusDays(1)
          : ABOLISHED;
      history.membership(new Membership(code, practice.pco(), Period.of(PCT_OPENED, left)));
    }
    return history.build();
  }

  /** NHSBSA's lists, including one for a practice of the trust the landscape leaves out. */
  static List<ListSizeRecord> lists(boolean everyPracticeListed) {
    List<ListSizeRecord> lists = new ArrayList<>();
    for (Practice practice : practices(everyPracticeListed)) {
      if (practice.patients() != null) {
        lists.add(new ListSizeRecord(OdsCode.of(practice.code()), "SURGERY " + practice.code(),
            OdsCode.of("Y54"), OdsCode.of("Q45"), OdsCode.of(practice.pco().value() + "00"),
            practice.patients()));
      }
    }
    return lists;
  }

  /** The 2012 ONS codes: none for 5D7 and 5QA; one without an ODS code; one for 5NN. */
  static List<OnsBody> pcos() {
    List<OnsBody> pcos = new ArrayList<>();
    int number = 1;
    for (OdsCode pco : List.of(HAVERING, KINGSTON, BROMLEY, GREENWICH, BARNET, HILLINGDON,
        ENFIELD, BARKING, MEDWAY, SURREY, CARE_TRUST, NOWHERE)) {
      pcos.add(new OnsBody(OdsCode.of(String.format("E160000%02d", number++)), Optional.of(pco),
          "ONS name of " + pco));
    }
    pcos.add(new OnsBody(OdsCode.of("E16000099"), Optional.empty(), "A body without an ODS code"));
    return pcos;
  }

  /** The steps of a plan of one kind, in order. */
  static <T extends Transition> List<T> steps(Plan plan, Class<T> type) {
    return plan.reorganisation().steps().stream().filter(type::isInstance).map(type::cast)
        .toList();
  }

  static England2010 england() {
    return England2010.from(history(false), lists(false), pcos());
  }

  /**
   * The same with one patient on A10002's list, for the reform that cannot make a consortium of
   * practices with no patients at all accountable to a regional office (it would have no budget).
   */
  static England2010 everyPracticeListed() {
    return England2010.from(history(true), lists(true), pcos());
  }
}
