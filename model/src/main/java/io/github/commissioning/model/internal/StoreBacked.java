package io.github.commissioning.model.internal;

/**
 * A landscape that is a view of a {@link LandscapeStore}: {@link LandscapeStore#of} takes the
 * store from it, where it would otherwise look the landscape up or index it.
 */
public interface StoreBacked {
  /**
   * Returns the store this landscape is a view of.
   *
   * @return the store, checked
   */
  LandscapeStore store();
}
