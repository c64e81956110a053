package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Authorises an NHS trust as a foundation trust: its kind changes, and the strategic health
 * authority stops performance-managing it (its accountability to the SHA ends).
 *
 * @param date the day of authorisation
 * @param trust the NHS trust
 */
public record AuthoriseFoundationTrust(LocalDate date, OdsCode trust) implements Transition {

  /** Creates the transition. */
  public AuthoriseFoundationTrust {
    checkNotNull(date, "date");
    checkNotNull(trust, "trust");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.authoriseFoundationTrust(this);
  }
}
