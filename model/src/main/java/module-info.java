/**
 * The reference implementation of the NHS commissioning model: landscapes that are always sound
 * and the structural invariants they obey.
 */
module io.github.commissioning.model {
  requires transitive io.github.commissioning.api;
  requires static org.immutables.value;

  exports io.github.commissioning.model.invariant;
  exports io.github.commissioning.model.history;
  exports io.github.commissioning.model.landscape;
  exports io.github.commissioning.model.ods;
  exports io.github.commissioning.model.policy;
  exports io.github.commissioning.model.transition;
}
