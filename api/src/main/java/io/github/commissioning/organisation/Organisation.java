package io.github.commissioning.organisation;

import io.github.commissioning.internal.DomainStyle;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An organisation of the commissioning system: its code, name, kind and the period it was open.
 *
 * <p>The code must have the form of its kind (see {@link OrganisationKind#check(OdsCode)}) and
 * the name must not be blank. Obtain one with {@link #of} or {@link #builder()}; change one with
 * the {@code with*} methods, which return a new organisation.
 *
 * <p>This class is immutable and thread-safe. Only the library may subclass it.
 */
@Value.Immutable
@DomainStyle
public abstract class Organisation {
  Organisation() {}

  /**
   * Returns the organisation's ODS code.
   *
   * @return the code, of the form of {@link #kind()}
   */
  public abstract OdsCode code();

  /**
   * Returns the organisation's name.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns the kind of organisation.
   *
   * @return the kind
   */
  public abstract OrganisationKind kind();

  /**
   * Returns the days the organisation was open.
   *
   * @return the operational period, open-ended if it is still open
   */
  public abstract Period operational();

  /**
   * Tells whether the organisation was open on the given day.
   *
   * @param date the day to test
   * @return true if {@code date} falls in the operational period
   */
  public boolean isOpenOn(LocalDate date) {
    return operational().contains(date);
  }

  /**
   * Returns a copy of this organisation with another name.
   *
   * @param name the new name, not blank
   * @return the renamed organisation
   */
  public abstract Organisation withName(String name);

  /**
   * Returns a copy of this organisation with another operational period.
   *
   * @param operational the new period
   * @return the copy
   */
  public abstract Organisation withOperational(Period operational);

  /**
   * Returns a copy of this organisation that closed at the end of the given day.
   *
   * @param lastDay the last day it was open, not before it opened
   * @return the closed organisation
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if {@code lastDay} is before
   *     the organisation opened
   */
  public Organisation closedOn(LocalDate lastDay) {
    return withOperational(operational().withEnd(lastDay));
  }

  /**
   * Obtains an organisation that opened on a day and is still open.
   *
   * @param code the ODS code, of the form of {@code kind}
   * @param name the name, not blank
   * @param kind the kind of organisation
   * @param opened the first day it was open
   * @return the organisation
   * @throws ViolationException with {@link Invariant#CODE_FORMAT} if the code does not fit the
   *     kind, or if the name is blank
   */
  public static Organisation of(OdsCode code, String name, OrganisationKind kind, LocalDate opened) {
    return of(code, name, kind, Period.from(opened));
  }

  /**
   * Obtains an organisation that was open for the given period.
   *
   * @param code the ODS code, of the form of {@code kind}
   * @param name the name, not blank
   * @param kind the kind of organisation
   * @param operational the days it was open
   * @return the organisation
   * @throws ViolationException with {@link Invariant#CODE_FORMAT} if the code does not fit the
   *     kind, or if the name is blank
   */
  public static Organisation of(OdsCode code, String name, OrganisationKind kind, Period operational) {
    return builder().code(code).name(name).kind(kind).operational(operational).build();
  }

  /**
   * Returns a builder for an organisation. Every attribute must be set before {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; {@code build()} checks the code and name. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    kind().check(code());
    if (name().isBlank()) {
      throw ViolationException.of(Invariant.CODE_FORMAT, "Organisation " + code()
          + " must have a name that is not blank", code());
    }
  }

  @Override
  public String toString() {
    return kind() + " " + code() + " (" + name() + ", " + operational() + ")";
  }
}
