package io.github.commissioning.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OdsExtractsTest {
  @ParameterizedTest
  @CsvSource({
      "epcmem_2019-08-30.csv, 47822",
      "ods_succ_plus_succarc_2022-10.csv, 25481",
      "ods_successors_full_xml_2023-09.csv, 1653",
      "eccg_2024-25.csv, 320",
      "epraccur_2019-08-30.csv, 14303",
      "epraccur_2023-02-28.csv, 15663",
      "ons_sha_2012.csv, 11",
      "ons_pco_2012.csv, 152",
      "ons_ccg_apr_2013.csv, 212",
      "ons_sicbl22_to_icb22.csv, 107",
      "ons_icb_names_codes_dec_2024.csv, 43",
      "bsa_list_size_2013_04-06.csv, 9755"})
  void everyExtractIsBundledWhole(String name, int lines) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(OdsExtracts.open(name),
        StandardCharsets.ISO_8859_1))) {
      assertEquals(lines, reader.lines().count());
    }
  }

  @Test
  void everyNameOpens() throws IOException {
    for (String name : OdsExtracts.names()) {
      OdsExtracts.open(name).close();
    }
    assertEquals(20, OdsExtracts.names().size());
  }

  @Test
  void unknownNameIsRefusedNamingTheChoices() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> OdsExtracts.open("epcmem.csv"));
    assertEquals(true, refused.getMessage().startsWith("No bundled extract is named 'epcmem.csv'"));
  }
}
