package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.data.OdsExtracts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdsFolderTest {
  /** The files the history is built from. */
  private static final List<String> NEEDED = io.github.commissioning.model.ods.OdsHistory.FILES;

  private static void copy(Path folder, String leftOut) throws IOException {
    for (String name : NEEDED) {
      if (!name.equals(leftOut)) {
        try (InputStream in = OdsExtracts.open(name)) {
          Files.copy(in, folder.resolve(name));
        }
      }
    }
  }

  @Test
  void aFolderOfTheSameFilesGivesTheSameCounts(@TempDir Path folder) throws IOException {
    copy(folder, "");
    Cli fromFolder = Cli.run("", "counts", "--date", "2013-04-01", "--ods", folder.toString());
    assertEquals("", fromFolder.err());
    assertEquals(0, fromFolder.exit());
    assertEquals(Cli.run("", "counts", "--date", "2013-04-01").out(), fromFolder.out());
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path folder) throws IOException {
    copy(folder, OdsExtracts.PCOS_2012);
    Cli run = Cli.run("", "counts", "--date", "2013-04-01", "--ods", folder.toString());
    assertEquals(2, run.exit());
    assertEquals(List.of("commissioning: the --ods folder '" + folder + "' has no file '"
        + OdsExtracts.PCOS_2012 + "'"), run.errLines());
    assertEquals("", run.out());
  }

  @Test
  void aFolderThatIsNotThereIsAUsageError(@TempDir Path folder) {
    Path nowhere = folder.resolve("nowhere");
    Cli run = Cli.run("practice,date\n", "map", "--ods", nowhere.toString());
    assertEquals(2, run.exit());
    assertEquals(List.of("commissioning: --ods '" + nowhere + "' is not a folder (try --help)"),
        run.errLines());
  }
}
