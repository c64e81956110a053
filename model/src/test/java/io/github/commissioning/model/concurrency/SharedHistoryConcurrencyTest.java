package io.github.commissioning.model.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.testkit.generator.Refusals;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads share one real {@link History} and the landscapes built from it: each runs the
 * same point-in-time lookups, lineage queries, snapshot queries and transitions (applied to the
 * shared snapshots) in its own order, and every answer must equal the one a single thread got
 * first. Nothing in a history or a snapshot may be built lazily without safe publication.
 */
class SharedHistoryConcurrencyTest {
  static final int THREADS = 16;
  static final int ROUNDS = 4;
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(1999, 4, 1),
      LocalDate.of(2002, 4, 1), LocalDate.of(2006, 10, 1), LocalDate.of(2010, 6, 1),
      LocalDate.of(2013, 4, 1), LocalDate.of(2017, 4, 1), LocalDate.of(2021, 1, 1),
      LocalDate.of(2022, 7, 1), LocalDate.of(2023, 2, 28), LocalDate.of(1990, 1, 1));

  private static History history;
  private static LandscapeSnapshot sample;
  private static LandscapeSnapshot pctEra;
  private static LandscapeSnapshot ccgEra;

  /** One question, named for the report. */
  private record Query(String name, boolean everyRound, Callable<Object> ask) {}

  @BeforeAll
  static void load() {
    history = OdsHistory.load(OdsExtracts::open);
    sample = LandscapeSnapshot.copyOf(SampleLandscapes.englandLike());
    pctEra = history.at(LocalDate.of(2010, 6, 1));
    ccgEra = history.at(LocalDate.of(2013, 4, 1));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void threadsSharingOneHistoryAndItsSnapshotsGetTheSingleThreadedAnswers() throws Exception {
    List<Query> queries = workload();
    List<Object> expected = new ArrayList<>();
    for (Query query : queries) {
      expected.add(answer(query));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<String>>> threads = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        threads.add(pool.submit(() -> run(queries, expected, start, seed)));
      }
      List<String> mismatches = new ArrayList<>();
      long asked = 0;
      for (Future<List<String>> thread : threads) {
        List<String> result = thread.get();
        asked += Long.parseLong(result.get(0));
        mismatches.addAll(result.subList(1, result.size()));
      }
      assertEquals(List.of(), mismatches.stream().limit(10).toList(),
          mismatches.size() + " answers differed from the single-threaded ones");
      long perRound = queries.stream().filter(Query::everyRound).count();
      System.out.printf("%d threads, %d rounds of %d queries each (%d once): %d answers"
          + " compared%n", THREADS, ROUNDS, perRound, queries.size() - perRound, asked);
      assertEquals(THREADS * (queries.size() + (ROUNDS - 1) * perRound), asked);
      assertTrue(perRound > 1_000, perRound + " queries a round");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs every query in a thread's own order, round after round; the first item is the count. */
  private static List<String> run(List<Query> queries, List<Object> expected,
      CyclicBarrier start, long seed) throws Exception {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      order.add(i);
    }
    List<String> found = new ArrayList<>();
    long asked = 0;
    start.await();
    for (int round = 0; round < ROUNDS; round++) {
      Collections.shuffle(order, new Random(seed * 1_000 + round));
      for (int i : order) {
        Query query = queries.get(i);
        if (round > 0 && !query.everyRound()) {
          continue;
        }
        asked++;
        Object answer = answer(query);
        if (!Objects.equals(expected.get(i), answer) && found.size() < 10) {
          found.add("thread " + seed + " round " + round + " " + query.name() + ": "
              + answer + " instead of " + expected.get(i));
        }
      }
    }
    found.add(0, Long.toString(asked));
    return found;
  }

  /** The query's answer, or the violations of its refusal. */
  private static Object answer(Query query) throws Exception {
    try {
      return query.ask().call();
    } catch (ViolationException refused) {
      return "refused: " + refused.violations();
    }
  }

  private static List<Query> workload() {
    List<Query> queries = new ArrayList<>();
    TreeSet<OdsCode> bodies = new TreeSet<>();
    TreeSet<OdsCode> practices = new TreeSet<>();
    for (LandscapeSnapshot day : List.of(pctEra, ccgEra)) {
      for (OrganisationKind kind : List.of(OrganisationKind.PRIMARY_CARE_TRUST,
          OrganisationKind.CLINICAL_COMMISSIONING_GROUP, OrganisationKind.STRATEGIC_HEALTH_AUTHORITY)) {
        day.open(kind).stream().limit(25).map(Organisation::code).forEach(bodies::add);
      }
      day.open(OrganisationKind.GP_PRACTICE).stream().limit(60).map(Organisation::code)
          .forEach(practices::add);
    }
    for (OdsCode practice : practices) {
      for (LocalDate day : DAYS) {
        queries.add(new Query("commissionerOf " + practice + " " + day, true,
            () -> history.commissionerOf(practice, day)));
      }
      queries.add(new Query("primaryCareOrganisationOf " + practice, true,
          () -> List.of(pctEra.primaryCareOrganisationOf(practice),
              ccgEra.primaryCareOrganisationOf(practice), pctEra.dutiesOf(practice).size())));
    }
    for (OdsCode body : bodies) {
      for (LocalDate day : DAYS.subList(2, 8)) {
        queries.add(new Query("organisation " + body + " " + day, true,
            () -> List.of(history.organisation(body, day), history.membersOn(body, day),
                history.parentOn(body, day))));
      }
      queries.add(new Query("lineage " + body, true, () -> List.of(
          history.lineage().descendantsOf(body), history.lineage().ancestorsOf(body),
          history.lineage().carriersOn(body, LocalDate.of(2023, 2, 28),
              (code, day) -> history.organisation(code, day).isPresent()))));
      queries.add(new Query("snapshot " + body, true, () -> List.of(pctEra.organisation(body),
          ccgEra.organisation(body), ccgEra.dutiesOf(body).size(),
          pctEra.sourcesOf(body, io.github.commissioning.organisation.RelationshipType.MEMBER_OF))));
    }
    for (LocalDate day : DAYS) {
      queries.add(new Query("count " + day, true, () -> Arrays.stream(OrganisationKind.values())
          .map(kind -> history.count(kind, day)).toList()));
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      queries.add(new Query("open " + kind, true, () -> List.of(pctEra.open(kind).size(),
          ccgEra.open(kind).size(), pctEra.populations().size())));
    }
    for (int seed = 0; seed < 40; seed++) {
      Transition change = Transitions.validFor(sample).generate(Source.seeded(seed));
      queries.add(new Query("apply " + change, true, () -> TransitionEngine.apply(sample, change)));
    }
    for (int seed = 0; seed < 20; seed++) {
      Transition refused = Refusals.forLandscape(sample).generate(Source.seeded(seed)).transition();
      queries.add(new Query("refuse " + refused, true,
          () -> TransitionEngine.apply(sample, refused)));
    }
    // Applied to a real snapshot of 13,000 bodies once by each thread: the engine reads the
    // snapshot's indexes while other threads query them.
    Landscape big = pctEra;
    Transition rename = new io.github.commissioning.transition.Rename(LocalDate.of(2010, 6, 2),
        pctEra.open(OrganisationKind.PRIMARY_CARE_TRUST).iterator().next().code(),
        "Renamed while shared");
    queries.add(new Query("apply to the 2010 snapshot " + rename, false,
        () -> TransitionEngine.apply(big, rename).after()));
    return queries;
  }
}
