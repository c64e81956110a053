package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MapCommandTest {
  private static final String COLUMNS = ",commissioner,commissioner_kind\n";

  @Test
  void mapsRealPracticesAndDatesKeepingEveryColumnAsGiven() {
    String input = String.join("\r\n",
        "id,\"name, quoted\",practice,date,note",
        "1,\"Densham \"\"main\"\" site\",A81001,2000-01-01,first",
        "2,x,A81001,2010-06-01,\"a,b\"",
        "3,x,A81001,2013-04-01,",
        "4,x,A81001,2021-01-01,",
        "5,x,a81001,2022-07-01,",
        "6,x,A81001,1990-01-01,",
        "7,x,Z99999,2010-06-01,last") + "\r\n";
    Cli run = Cli.run(input, "map");
    assertEquals(String.join("\n",
        "id,\"name, quoted\",practice,date,note,commissioner,commissioner_kind",
        "1,\"Densham \"\"main\"\" site\",A81001,2000-01-01,first,4QP36,PRIMARY_CARE_GROUP",
        "2,x,A81001,2010-06-01,\"a,b\",5E1,PRIMARY_CARE_TRUST",
        "3,x,A81001,2013-04-01,,00K,CLINICAL_COMMISSIONING_GROUP",
        "4,x,A81001,2021-01-01,,16C,CLINICAL_COMMISSIONING_GROUP",
        "5,x,a81001,2022-07-01,,16C,SUB_ICB_LOCATION",
        "6,x,A81001,1990-01-01,,,",
        "7,x,Z99999,2010-06-01,last,,") + "\n", run.out());
    assertEquals("", run.err());
    assertEquals(0, run.exit());
  }

  @Test
  void quotedOrSpacedValuesAreReadAsThePlainOnesAre() {
    // Plain values take a fast path; these take the general one, and must answer alike.
    String input = String.join("\n",
        "practice,date",
        "A81001,2012-02-29",
        "\"A81001\",\"2012-02-29\"",
        " a81001 , 2012-02-29 ",
        "a81001,2013-02-29",
        "A81001,2013-13-01") + "\n";
    Cli run = Cli.run(input, "map");
    assertEquals(String.join("\n",
        "practice,date,commissioner,commissioner_kind",
        "A81001,2012-02-29,5E1,PRIMARY_CARE_TRUST",
        "\"A81001\",\"2012-02-29\",5E1,PRIMARY_CARE_TRUST",
        " a81001 , 2012-02-29 ,5E1,PRIMARY_CARE_TRUST",
        "a81001,2013-02-29,,",
        "A81001,2013-13-01,,") + "\n", run.out());
    assertEquals(List.of(
        "commissioning: line 5: date '2013-02-29' is not a valid ISO date",
        "commissioning: line 6: date '2013-13-01' is not a valid ISO date"), run.errLines());
  }

  @Test
  void practiceAndDateMayBeAnywhereAndTheLastLineNeedsNoTerminator() {
    Cli run = Cli.run("date,practice\n2010-06-01,A81001", "map");
    assertEquals("date,practice" + COLUMNS + "2010-06-01,A81001,5E1,PRIMARY_CARE_TRUST\n",
        run.out());
    assertEquals(0, run.exit());
  }

  @Test
  void reportsEachBadRowWithItsLineAndStillWritesItUnlessItsQuotingIsBroken() {
    String input = String.join("\n",
        "practice,date,n",
        "A81001,2010-06-01,1",
        "A8100!,2010-06-01,2",
        "A81001,2010-06-01",
        ",2010-06-01,4",
        "A81001,,5",
        "\"A81001,2010-06-01,6",
        "A81001,2013-02-30,7",
        "",
        "A81001,2013-04-01,9") + "\n";
    Cli run = Cli.run(input, "map");
    assertEquals(String.join("\n",
        "practice,date,n,commissioner,commissioner_kind",
        "A81001,2010-06-01,1,5E1,PRIMARY_CARE_TRUST",
        "A8100!,2010-06-01,2,,",
        "A81001,2010-06-01,,",
        ",2010-06-01,4,,",
        "A81001,,5,,",
        "A81001,2013-02-30,7,,",
        "A81001,2013-04-01,9,00K,CLINICAL_COMMISSIONING_GROUP") + "\n", run.out());
    assertEquals(List.of(
        "commissioning: line 3: practice 'A8100!' is not a well-formed ODS code",
        "commissioning: line 4: expected 3 fields, found 2",
        "commissioning: line 5: practice is empty",
        "commissioning: line 6: date is empty",
        "commissioning: line 7: field 1 has no closing quote; skipped",
        "commissioning: line 8: date '2013-02-30' is not a valid ISO date"), run.errLines());
    assertEquals(1, run.exit());
  }

  @Test
  void aHeaderWithoutADateColumnIsAUsageError() {
    Cli run = Cli.run("practice,day\nA81001,2010-06-01\n", "map");
    assertEquals(2, run.exit());
    assertEquals(List.of("commissioning: map: the header has no 'date' column; it needs 'practice'"
        + " and 'date' (try --help)"), run.errLines());
    assertEquals("", run.out());
  }

  @Test
  void emptyInputIsAUsageError() {
    Cli run = Cli.run("", "map");
    assertEquals(2, run.exit());
    assertEquals(List.of("commissioning: map needs a CSV header line on standard input"
        + " (try --help)"), run.errLines());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli run = Cli.run("practice,date\n", "map", "--fast");
    assertEquals(2, run.exit());
    assertEquals(List.of("commissioning: map has no option '--fast' (try --help)"), run.errLines());
  }

  @Test
  void binaryJunkGivesBadRowsNotAStackTrace() {
    byte[] junk = new byte[200_000];
    new Random(42).nextBytes(junk);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("practice,date\n".getBytes(StandardCharsets.US_ASCII));
    input.writeBytes(junk);
    Cli run = Cli.run(new ByteArrayInputStream(input.toByteArray()), "map");
    assertEquals(1, run.exit());
    assertFalse(run.errLines().isEmpty());
    for (String line : run.errLines()) {
      assertTrue(line.matches("commissioning: line [0-9]+: [ -~]+"), line);
    }
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aLineOverOneMebibyteIsReportedAndSkipped() {
    byte[] longLine = new byte[LineInput.MAX_LENGTH + 10];
    Arrays.fill(longLine, (byte) 'a');
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("practice,date\n".getBytes(StandardCharsets.US_ASCII));
    input.writeBytes(longLine);
    input.writeBytes("\nA81001,2010-06-01\n".getBytes(StandardCharsets.US_ASCII));
    Cli run = Cli.run(new ByteArrayInputStream(input.toByteArray()), "map");
    assertEquals(1, run.exit());
    assertEquals(List.of("commissioning: line 2: longer than 1048576 bytes; skipped"),
        run.errLines());
    assertEquals("practice,date" + COLUMNS + "A81001,2010-06-01,5E1,PRIMARY_CARE_TRUST\n",
        run.out());
  }

  /** Bytes without end and without a line end. */
  private static InputStream endless(byte[] before) {
    return new SequenceInputStream(new ByteArrayInputStream(before), new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        Arrays.fill(buffer, offset, offset + length, (byte) 'x');
        return length;
      }
    });
  }

  /** Regression: an endless header line used to be read for ever, to find its end. */
  @Test
  void anEndlessHeaderIsRefusedAtOnce() {
    Cli run = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Cli.run(endless(new byte[0]), "map"));
    assertEquals(2, run.exit());
    assertEquals(List.of("commissioning: map: the header line is longer than 1048576 bytes (try"
        + " --help)"), run.errLines());
    assertEquals("", run.out());
  }

  /** Regression: an endless row used to be skipped for ever, looking for its end. */
  @Test
  void anEndlessRowStopsTheCommandAfterTheMostItSkips() {
    Cli run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(endless(
        "practice,date\nA81001,2010-06-01\n".getBytes(StandardCharsets.US_ASCII)), "map"));
    assertEquals(1, run.exit());
    assertEquals(List.of("commissioning: line 3: longer than 1048576 bytes; skipped",
        "commissioning: line 3: goes on for more than 67108864 bytes without a line end; stopped"),
        run.errLines());
    assertEquals("practice,date" + COLUMNS + "A81001,2010-06-01,5E1,PRIMARY_CARE_TRUST\n",
        run.out());
  }

  @Test
  void streamsTwoHundredThousandRows() throws IOException {
    int rows = 200_000;
    Histories.bundled(); // loaded before timing, as it is once per process
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(feed, 1 << 16);
    Thread writer = new Thread(() -> {
      try (Writer csv = new BufferedWriter(
          new OutputStreamWriter(feed, StandardCharsets.US_ASCII))) {
        csv.write("row,practice,date\n");
        for (int i = 0; i < rows; i++) {
          csv.write(i + ",A810" + (10 + i % 20) + "," + (1999 + i % 24) + "-0" + (1 + i % 9)
              + "-1" + (i % 10) + "\n");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    LineCount out = new LineCount();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long started = System.nanoTime();
    writer.start();
    int exit = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Commissioning.run(
        List.of("map"), in, new PrintStream(out, false, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("map: %d rows in %.2f s, %.0f rows/second%n", rows, seconds, rows / seconds);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertEquals(0, exit);
    assertEquals(rows + 1, out.lines);
    assertTrue(out.mapped > rows / 2, "rows with a commissioner: " + out.mapped);
  }

  /** Counts lines, and lines that end with a commissioner's kind, keeping nothing. */
  private static final class LineCount extends OutputStream {
    long lines;
    long mapped;
    private byte previous;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
        mapped += previous == ',' ? 0 : 1;
      }
      previous = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int from, int length) {
      for (int i = from; i < from + length; i++) {
        write(bytes[i]);
      }
    }
  }
}
