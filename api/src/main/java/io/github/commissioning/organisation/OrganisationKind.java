package io.github.commissioning.organisation;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.commissioning.organisation.Capacity.ACCOUNT_FOR_BUDGETS;
import static io.github.commissioning.organisation.Capacity.HAVE_PRACTICE_MEMBERS;
import static io.github.commissioning.organisation.Capacity.HOLD_BUDGETS;
import static io.github.commissioning.organisation.Capacity.HOLD_DUTIES;
import static io.github.commissioning.organisation.Capacity.PROVIDE_SERVICES;
import static io.github.commissioning.organisation.Capacity.REGISTER_PATIENTS;
import static io.github.commissioning.organisation.Capacity.TAKE_DELEGATION;

import com.google.common.collect.Sets;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of organisation in the English NHS commissioning system since 1999, with the ODS role
 * code where ODS has one, the form their codes take, and what each kind may do.
 *
 * <p>Code forms follow the published data: strategic health authorities {@code Q30}-{@code Q39}
 * (and {@code Q01}-{@code Q28} before 2006), primary care trusts {@code 5QG}, care trusts
 * {@code TAP}, GP practices {@code A81001}, clinical commissioning groups {@code 00C} or, from
 * 2021, five characters such as {@code X2C4Y}, integrated care boards {@code QHM}. Kinds that the
 * seed reforms proposed but ODS never recorded (practice-based commissioners, consortia,
 * strategic commissioning bodies) accept any well-formed code of three to six characters.
 */
public enum OrganisationKind {
  /** The Department of Health, at the top of every hierarchy. */
  DEPARTMENT_OF_HEALTH("RO126", "[A-Z0-9]{3,5}", "X26",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS),
  /** A health authority (1996-2002), such as {@code QA2}. */
  HEALTH_AUTHORITY("RO132", "Q[A-Z0-9]{2}", "QA2",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS),
  /** A strategic health authority (2002-2013), such as {@code Q30}. */
  STRATEGIC_HEALTH_AUTHORITY(null, "Q[0-9]{2}", "Q30",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS),
  /** A primary care group (1999-2002), a committee of its health authority, such as {@code 4QP36}. */
  PRIMARY_CARE_GROUP("RO171", "[0-9][A-Z]{2}[0-9]{2}", "4QP36",
      HOLD_DUTIES, HOLD_BUDGETS, HAVE_PRACTICE_MEMBERS),
  /** A primary care trust (2000-2013), such as {@code 5QG}. */
  PRIMARY_CARE_TRUST("RO179", "5[A-Z0-9]{2}", "5QG",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS, HAVE_PRACTICE_MEMBERS),
  /** A care trust acting as a primary care trust, such as {@code TAP}. */
  CARE_TRUST("RO107", "T[A-Z0-9]{2}", "TAP",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS, HAVE_PRACTICE_MEMBERS, PROVIDE_SERVICES),
  /** A GP practice, keeping a registered list, such as {@code A81001}. */
  GP_PRACTICE("RO76", "[A-Z][0-9]{5}", "A81001",
      TAKE_DELEGATION, HOLD_BUDGETS, PROVIDE_SERVICES, REGISTER_PATIENTS),
  /** A prescribing cost centre that is not a GP practice (a walk-in centre, a prison, a hospice). */
  PRESCRIBING_COST_CENTRE("RO177", "[A-Z][A-Z0-9]{5}", "Y02625", PROVIDE_SERVICES),
  /** A practice or group of practices holding an indicative budget under practice-based commissioning. */
  PRACTICE_BASED_COMMISSIONER(null, "[A-Z0-9]{3,6}", "PBC01",
      TAKE_DELEGATION, HOLD_BUDGETS),
  /** A federation of practices that commissions together (the 2009 opposition plan). */
  PRACTICE_FEDERATION(null, "[A-Z0-9]{3,6}", "FED01",
      HOLD_DUTIES, TAKE_DELEGATION, HOLD_BUDGETS),
  /** A GP consortium, the lead commissioner of the 2010 white paper. */
  GP_CONSORTIUM(null, "[A-Z0-9]{3,6}", "GPC01",
      HOLD_DUTIES, TAKE_DELEGATION, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS),
  /** A clinical commissioning group (2013-2022), such as {@code 00C} or {@code X2C4Y}. */
  CLINICAL_COMMISSIONING_GROUP("RO98", "[0-9]{2}[A-Z]|[A-Z][0-9][A-Z][0-9][A-Z]", "00C",
      HOLD_DUTIES, TAKE_DELEGATION, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS, HAVE_PRACTICE_MEMBERS),
  /**
   * A commissioning hub, such as {@code 13Q}: commissions for the national board or for several
   * commissioners, and is the commissioner ODS records for some prescribing cost centres.
   */
  COMMISSIONING_HUB("RO218", "[0-9]{2}[A-Z]|[A-Z0-9]{5}", "13W",
      HOLD_DUTIES, TAKE_DELEGATION, HAVE_PRACTICE_MEMBERS),
  /** The national board: the NHS Commissioning Board, later NHS England, {@code X24}. */
  NATIONAL_BOARD(null, "X[0-9]{2}", "X24",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS),
  /** A regional office of the national board, such as {@code Y54}. */
  REGIONAL_OFFICE("RO209", "Y[0-9]{2}", "Y54",
      HOLD_DUTIES, TAKE_DELEGATION, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS),
  /** An area team (later local office) of the national board, such as {@code Q44}. */
  AREA_TEAM("RO210", "Q[0-9]{2}", "Q44",
      HOLD_DUTIES, TAKE_DELEGATION, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS),
  /** A commissioning support unit, such as {@code 0AR}. */
  COMMISSIONING_SUPPORT_UNIT("RO213", "[0-9][A-Z0-9]{2}", "0AR", TAKE_DELEGATION),
  /** A private contractor running franchised commissioning functions. */
  PRIVATE_COMMISSIONING_ORGANISATION(null, "[A-Z0-9]{3,6}", "PCO01", TAKE_DELEGATION),
  /**
   * A strategic commissioning body around a city region (an idea of 2009, never enacted): strategic
   * health authorities and primary care trusts merged, so it has practice members as a primary
   * care trust does and oversees providers as an authority does.
   */
  STRATEGIC_COMMISSIONING_BODY(null, "[A-Z0-9]{3,6}", "SCB01",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS, HAVE_PRACTICE_MEMBERS),
  /** A local authority, responsible for public health from 2013, such as {@code E08000021}. */
  LOCAL_AUTHORITY("RO141", "[A-Z][0-9]{8}|[0-9]{3}", "E08000021",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS, PROVIDE_SERVICES),
  /** A sustainability and transformation partnership (2016-2022), such as {@code QHM}. */
  SUSTAINABILITY_AND_TRANSFORMATION_PARTNERSHIP("RO262", "Q[A-Z0-9]{2}", "QHM"),
  /** An integrated care board (from 2022-07-01), such as {@code QHM}. */
  INTEGRATED_CARE_BOARD("RO318", "Q[A-Z0-9]{2}", "QHM",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS),
  /** A sub-ICB location, a former CCG's area within an integrated care board, such as {@code 00L}. */
  SUB_ICB_LOCATION("RO319", "[0-9]{2}[A-Z]|[A-Z][0-9][A-Z][0-9][A-Z]", "00L",
      TAKE_DELEGATION, HAVE_PRACTICE_MEMBERS),
  /** An NHS trust providing hospital or community services, such as {@code RR8}. */
  NHS_TRUST("RO197", "R[A-Z0-9]{2}", "RR8", PROVIDE_SERVICES),
  /** An NHS foundation trust, free of strategic health authority performance management. */
  FOUNDATION_TRUST("RO57", "R[A-Z0-9]{2}", "RTD", PROVIDE_SERVICES),
  /** A Welsh local health board, which some practices near the border appear under. */
  WELSH_LOCAL_HEALTH_BOARD("RO144", "[67][A-Z][0-9]", "7A1",
      HOLD_DUTIES, HOLD_BUDGETS, ACCOUNT_FOR_BUDGETS, HAVE_PRACTICE_MEMBERS, PROVIDE_SERVICES);

  private final @Nullable String roleCode;
  private final Pattern codePattern;
  private final OdsCode exampleCode;
  private final Set<Capacity> capacities;

  OrganisationKind(@Nullable String roleCode, String codePattern, String exampleCode,
      Capacity... capacities) {
    this.roleCode = roleCode;
    this.codePattern = Pattern.compile(codePattern);
    this.exampleCode = OdsCode.of(exampleCode);
    EnumSet<Capacity> set = EnumSet.noneOf(Capacity.class);
    for (Capacity capacity : capacities) {
      set.add(capacity);
    }
    this.capacities = Sets.immutableEnumSet(set);
  }

  /**
   * Returns the ODS role code of this kind, such as {@code RO179} for a primary care trust.
   *
   * @return the role code, or empty for kinds ODS never recorded
   */
  public Optional<String> roleCode() {
    return Optional.ofNullable(roleCode);
  }

  /**
   * Returns a code of the form this kind uses, for messages and examples.
   *
   * @return an example code, such as {@code 5QG}
   */
  public OdsCode exampleCode() {
    return exampleCode;
  }

  /**
   * Tells whether this kind of body may act in the given capacity.
   *
   * @param capacity what the body would do
   * @return true if bodies of this kind may do it
   */
  public boolean can(Capacity capacity) {
    return capacities.contains(checkNotNull(capacity, "capacity"));
  }

  /**
   * Tells whether a code has the form this kind uses.
   *
   * @param code the code to test
   * @return true if it fits
   */
  public boolean accepts(OdsCode code) {
    return codePattern.matcher(checkNotNull(code, "code").value()).matches();
  }

  /**
   * Checks that a code has the form this kind uses.
   *
   * @param code the code to check
   * @return the code, for chaining
   * @throws ViolationException with {@link Invariant#CODE_FORMAT} if it does not
   */
  public OdsCode check(OdsCode code) {
    if (!accepts(code)) {
      throw ViolationException.of(Invariant.CODE_FORMAT, "ODS code '" + code + "' is not a code of a "
          + this + ": expected the form " + codePattern.pattern() + ", such as " + exampleCode,
          code, this);
    }
    return code;
  }

  /**
   * Returns the regular expression a code of this kind matches.
   *
   * @return the pattern, such as {@code 5[A-Z0-9]{2}}
   */
  public String codeForm() {
    return codePattern.pattern();
  }

  /**
   * Obtains the kind with the given ODS role code.
   *
   * @param roleCode an ODS role code such as {@code RO98}
   * @return the kind, or empty if no kind has that role code
   */
  public static Optional<OrganisationKind> ofRoleCode(String roleCode) {
    checkNotNull(roleCode, "roleCode");
    for (OrganisationKind kind : values()) {
      if (roleCode.equals(kind.roleCode)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
