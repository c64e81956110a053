package io.github.commissioning.duty;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;

/**
 * A population for whom functions are commissioned: a practice's registered list, the residents
 * of an area, or the unregistered people of an area.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Population extends Comparable<Population>
    permits Population.RegisteredList, Population.Residents, Population.Unregistered {

  /**
   * Returns the type of this population.
   *
   * @return the type
   */
  PopulationType type();

  /**
   * Returns the code of what defines the population: the practice's ODS code or the area's ONS
   * code.
   *
   * @return the code
   */
  String key();

  /**
   * Obtains the registered list of a practice.
   *
   * @param practice the practice's code
   * @return the population
   */
  static RegisteredList registeredListOf(OdsCode practice) {
    return new RegisteredList(practice);
  }

  /**
   * Obtains the residents of an area.
   *
   * @param area the area
   * @return the population
   */
  static Residents residentsOf(Area area) {
    return new Residents(area);
  }

  /**
   * Obtains the unregistered people of an area.
   *
   * @param area the area
   * @return the population
   */
  static Unregistered unregisteredIn(Area area) {
    return new Unregistered(area);
  }

  /**
   * Populations are ordered by type, then by key, then (for areas with the same code) by the
   * area's name, consistently with {@code equals}.
   */
  @Override
  default int compareTo(Population other) {
    int byType = type().compareTo(other.type());
    if (byType != 0) {
      return byType;
    }
    int byKey = key().compareTo(other.key());
    if (byKey != 0) {
      return byKey;
    }
    return areaName(this).compareTo(areaName(other));
  }

  private static String areaName(Population population) {
    if (population instanceof Residents residents) {
      return residents.area().name();
    }
    if (population instanceof Unregistered unregistered) {
      return unregistered.area().name();
    }
    return "";
  }

  /**
   * The patients on a GP practice's registered list.
   *
   * @param practice the practice's code
   */
  record RegisteredList(OdsCode practice) implements Population {
    /** Creates the population, checking the code is present. */
    public RegisteredList {
      checkNotNull(practice, "practice");
    }

    @Override
    public PopulationType type() {
      return PopulationType.REGISTERED_LIST;
    }

    @Override
    public String key() {
      return practice.value();
    }

    @Override
    public String toString() {
      return "list of " + practice;
    }
  }

  /**
   * Everyone living in an area.
   *
   * @param area the area
   */
  record Residents(Area area) implements Population {
    /** Creates the population, checking the area is present. */
    public Residents {
      checkNotNull(area, "area");
    }

    @Override
    public PopulationType type() {
      return PopulationType.RESIDENTS;
    }

    @Override
    public String key() {
      return area.code();
    }

    @Override
    public String toString() {
      return "residents of " + area.code();
    }
  }

  /**
   * The people of an area registered with no practice.
   *
   * @param area the area
   */
  record Unregistered(Area area) implements Population {
    /** Creates the population, checking the area is present. */
    public Unregistered {
      checkNotNull(area, "area");
    }

    @Override
    public PopulationType type() {
      return PopulationType.UNREGISTERED;
    }

    @Override
    public String key() {
      return area.code();
    }

    @Override
    public String toString() {
      return "unregistered in " + area.code();
    }
  }
}
