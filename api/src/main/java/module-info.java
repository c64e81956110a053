/**
 * The vocabulary of the NHS commissioning model: codes, kinds, organisations, duties, money,
 * periods, the read-only landscape and the violations that name broken rules.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module io.github.commissioning.api {
  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static transitive org.jspecify;

  // The shared Immutables style, for the library's own modules only.
  exports io.github.commissioning.internal to io.github.commissioning.model;

  exports io.github.commissioning.duty;
  exports io.github.commissioning.finance;
  exports io.github.commissioning.landscape;
  exports io.github.commissioning.money;
  exports io.github.commissioning.organisation;
  exports io.github.commissioning.policy;
  exports io.github.commissioning.time;
  exports io.github.commissioning.transition;
  exports io.github.commissioning.violation;
}
