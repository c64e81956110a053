package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the ODS and ONS files come from, by their published names: a folder of newer files, or
 * the extracts bundled in the {@code commissioning-data} module.
 */
@FunctionalInterface
public interface OdsSource {
  /**
   * Opens a file. The caller closes the stream.
   *
   * @param name the file's published name, such as {@code epcmem_2019-08-30.csv}
   * @return its bytes
   * @throws IOException if it cannot be read
   */
  InputStream open(String name) throws IOException;

  /**
   * Obtains a source reading files from a folder.
   *
   * @param folder the folder holding files under their published names
   * @return the source
   */
  static OdsSource folder(Path folder) {
    checkNotNull(folder, "folder");
    return name -> Files.newInputStream(folder.resolve(name));
  }
}
