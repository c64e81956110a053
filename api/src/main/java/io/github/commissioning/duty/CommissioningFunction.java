package io.github.commissioning.duty;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Set;

/**
 * What is commissioned: a service or a management function, and the type of population it is
 * commissioned for.
 *
 * <p>Services for patients follow the registered list of their practice; services that the NHS
 * arranges by geography (dental, pharmacy, optometry, specialised services, public health) follow
 * the residents of an area; services for people on no list follow the unregistered of an area.
 */
public enum CommissioningFunction {
  /** Planned hospital care, the bulk of commissioning budgets. */
  ACUTE_ELECTIVE(PopulationType.REGISTERED_LIST),
  /** Accident and emergency, ambulances and urgent care. */
  URGENT_AND_EMERGENCY(PopulationType.REGISTERED_LIST),
  /** Community health services such as district nursing. */
  COMMUNITY(PopulationType.REGISTERED_LIST),
  /** Mental health services. */
  MENTAL_HEALTH(PopulationType.REGISTERED_LIST),
  /** Maternity services. */
  MATERNITY(PopulationType.REGISTERED_LIST),
  /** Holding and managing GP practices' contracts for primary medical services. */
  PRIMARY_MEDICAL_CONTRACTING(PopulationType.REGISTERED_LIST),
  /** Performance management of GP practices. */
  GP_PERFORMANCE_MANAGEMENT(PopulationType.REGISTERED_LIST),
  /** Managing contracts with providers on behalf of commissioners. */
  CONTRACT_MANAGEMENT(PopulationType.REGISTERED_LIST),
  /** NHS dental services. */
  DENTAL(PopulationType.RESIDENTS),
  /** Community pharmacy. */
  PHARMACY(PopulationType.RESIDENTS),
  /** NHS sight tests and optical services. */
  OPTOMETRY(PopulationType.RESIDENTS),
  /** Specialised services commissioned for large populations. */
  SPECIALISED(PopulationType.RESIDENTS),
  /** Public health: health improvement, protection and prevention. */
  PUBLIC_HEALTH(PopulationType.RESIDENTS),
  /** Speaking for patients and the public: the "champion for patients" role. */
  PATIENT_CHAMPION(PopulationType.RESIDENTS),
  /** Care for people on no practice's list, or whom no practice will take, such as homeless people. */
  UNREGISTERED_PATIENTS(PopulationType.UNREGISTERED);

  private final PopulationType population;

  CommissioningFunction(PopulationType population) {
    this.population = population;
  }

  /**
   * Returns the type of population this function is commissioned for.
   *
   * @return the population type
   */
  public PopulationType population() {
    return population;
  }

  /**
   * Tells whether this function is commissioned for populations of the given type.
   *
   * @param type the population type
   * @return true if this function applies to it
   */
  public boolean appliesTo(PopulationType type) {
    return population == checkNotNull(type, "type");
  }

  /**
   * Returns the functions commissioned for populations of the given type.
   *
   * @param type the population type
   * @return the functions, in declaration order
   */
  public static Set<CommissioningFunction> forPopulation(PopulationType type) {
    checkNotNull(type, "type");
    EnumSet<CommissioningFunction> functions = EnumSet.noneOf(CommissioningFunction.class);
    for (CommissioningFunction function : values()) {
      if (function.appliesTo(type)) {
        functions.add(function);
      }
    }
    return ImmutableSet.copyOf(functions);
  }
}
