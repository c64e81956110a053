package io.github.commissioning.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void sameSeedGivesSameChoices() {
    Source first = Source.seeded(20_240_601L);
    Source second = Source.seeded(20_240_601L);
    for (int i = 0; i < 1000; i++) {
      long max = i * 7919L + 1;
      assertEquals(first.draw(max), second.draw(max));
    }
    assertEquals(first.choices(), second.choices());
    assertEquals(1000, first.choices().size());
  }

  @Test
  void randomNumbersAreSplitMix64OnEveryJvm() {
    // The published SplitMix64 test vector for seed 1234567.
    SplitMix64 random = new SplitMix64(1234567L);
    for (String expected : List.of("6457827717110365317", "3203168211198807973",
        "9817491932198370423", "4593380528125082431", "16408922859458223821")) {
      assertEquals(expected, Long.toUnsignedString(random.nextLong()));
    }
  }

  @Test
  void boundedDrawsAreRoughlyUniform() {
    Source source = Source.seeded(99L);
    int[] counts = new int[6];
    for (int i = 0; i < 60_000; i++) {
      counts[(int) source.draw(5)]++;
    }
    for (int count : counts) {
      assertTrue(count > 9_400 && count < 10_600, () -> Arrays.toString(counts));
    }
  }

  @Test
  void drawsStayInBounds() {
    Source source = Source.seeded(7L);
    for (int i = 0; i < 10_000; i++) {
      long max = i % 10;
      long choice = source.draw(max);
      assertTrue(choice >= 0 && choice <= max, () -> "choice " + choice + " above " + max);
    }
  }

  @Test
  void drawWithOnlyOneOutcomeRecordsNothing() {
    Source source = Source.seeded(1L);
    assertEquals(0, source.draw(0));
    assertFalse(source.drawBoolean(0));
    assertTrue(source.drawBoolean(1));
    assertEquals(Choices.of(), source.choices());
  }

  @Test
  void replayReproducesTheChoicesThenDrawsZero() {
    Source source = Source.replaying(Choices.of(3, 1, 4), 10);
    assertEquals(3, source.draw(9));
    assertTrue(source.drawBoolean(0.5));
    assertEquals(4, source.draw(9));
    assertEquals(0, source.draw(9));
    assertFalse(source.drawBoolean(0.99));
    assertEquals(Choices.of(3, 1, 4, 0, 0), source.choices());
    assertEquals(10, source.size());
  }

  @Test
  void replayLowersAChoiceAboveTheMaximum() {
    Source source = Source.replaying(Choices.of(50, 7), 0);
    assertEquals(9, source.draw(9));
    assertTrue(source.drawBoolean(0.5));
    assertEquals(Choices.of(9, 1), source.choices());
  }

  @Test
  void refusesBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> Source.seeded(1L).draw(-1));
    assertThrows(IllegalArgumentException.class, () -> Source.seeded(1L).drawBoolean(1.5));
    assertThrows(IllegalArgumentException.class, () -> Source.seeded(1L, -1));
    assertThrows(IllegalArgumentException.class, () -> Choices.of(1, -2));
  }

  @Test
  void runawayGeneratorStops() {
    Source source = Source.seeded(3L);
    GenerationException e = assertThrows(GenerationException.class, () -> {
      while (true) {
        source.draw(1);
      }
    });
    assertTrue(e.getMessage().contains(String.valueOf(Source.MAX_CHOICES)), e.getMessage());
  }

  @Test
  void choicesOrderShortlex() {
    List<Choices> sorted = new ArrayList<>(List.of(
        Choices.of(0, 0, 1), Choices.of(5), Choices.of(), Choices.of(1, 9), Choices.of(2, 0)));
    sorted.sort(null);
    assertEquals(List.of(Choices.of(), Choices.of(5), Choices.of(1, 9), Choices.of(2, 0),
        Choices.of(0, 0, 1)), sorted);
    assertTrue(Choices.of(9).isSmallerThan(Choices.of(0, 0)));
    assertFalse(Choices.of(1).isSmallerThan(Choices.of(1)));
    assertEquals("[1, 100, 0]", Choices.of(1, 100, 0).toString());
  }

  @Test
  void choicesAreImmutable() {
    long[] values = {1, 2};
    Choices choices = Choices.of(values);
    values[0] = 7;
    choices.toArray()[1] = 7;
    assertEquals(Choices.of(1, 2), choices);
    assertEquals(Choices.of(1, 2).hashCode(), choices.hashCode());
  }
}
