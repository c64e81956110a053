package io.github.commissioning.benchmarks;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.Population;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.MovePractice;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 2: applying one practice move to England's landscape and to one ten times its size;
 * the time should hardly grow with the landscape.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PracticeMoveBenchmark {
  /** Which landscape: England's, or ten times its size. */
  @Param({"england", "tenTimesEngland"})
  public String landscape;

  private LandscapeSnapshot before;
  private MovePractice move;

  /** Creates the benchmark; JMH runs it. */
  public PracticeMoveBenchmark() {}

  /**
   * Builds the landscape and picks a move that applies: the practice with the lowest code, to
   * the PCT with the lowest code other than its own, the day after the landscape's date.
   */
  @Setup(Level.Trial)
  public void build() {
    LandscapeParts parts = switch (landscape) {
      case "england" -> EnglandSizedLandscapes.england();
      case "tenTimesEngland" -> EnglandSizedLandscapes.tenTimesEngland();
      default -> throw new IllegalArgumentException("No landscape named '" + landscape + "'");
    };
    before = LandscapeSnapshot.copyOf(parts);
    OdsCode practice = before.open(OrganisationKind.GP_PRACTICE).stream().map(Organisation::code)
        .min(Comparator.naturalOrder()).orElseThrow();
    OdsCode from = before.primaryCareOrganisationOf(practice).orElseThrow();
    OdsCode to = before.open(OrganisationKind.PRIMARY_CARE_TRUST).stream().map(Organisation::code)
        .filter(code -> !code.equals(from)).min(Comparator.naturalOrder()).orElseThrow();
    move = MovePractice.of(before.date().plusDays(1), practice, from, to);
    TransitionEngine.apply(before, move); // refused here, not mid-measurement, if it cannot apply
  }

  /**
   * Moves the practice.
   *
   * @return the outcome: the new landscape and the effects
   */
  @Benchmark
  public Applied movePractice() {
    return TransitionEngine.apply(before, move);
  }

  /**
   * Moves the practice, then asks the new landscape for the practice's primary care trust, the
   * body's duties and the budget totals: the new landscape answers from what it shares with the
   * old one, without building anything first.
   *
   * @return the practice's new primary care trust
   */
  @Benchmark
  public Object movePracticeThenAsk() {
    Landscape after = TransitionEngine.apply(before, move).after();
    return List.of(after.primaryCareOrganisationOf(move.practice()).orElseThrow(),
        after.holderOf(Duty.of(CommissioningFunction.ACUTE_ELECTIVE,
            Population.registeredListOf(move.practice()))).orElseThrow(),
        after.totalAllocated(FinancialYear.containing(move.date())));
  }
}
