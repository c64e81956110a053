package io.github.commissioning.duty;

/** The three ways a population is defined for commissioning. */
public enum PopulationType {
  /** The patients on a GP practice's registered list. */
  REGISTERED_LIST,
  /** Everyone living in an area. */
  RESIDENTS,
  /** The people of an area registered with no practice, such as homeless people. */
  UNREGISTERED
}
