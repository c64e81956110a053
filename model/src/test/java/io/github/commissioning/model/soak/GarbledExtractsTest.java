package io.github.commissioning.model.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression, found by the bad-input soak: a well-formed record naming a body that cannot be (a
 * code of another kind's form, a body part of itself) made the lenient OdsHistory.load throw a
 * ViolationException instead of reporting the record and leaving it out.
 */
class GarbledExtractsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ons_sha_2012.csv|\"Q30\"|\"QGH\"|CODE_FORMAT|ODS code 'QGH' is not a code of a STRATEGIC_HEALTH_AUTHORITY",
      "ons_icb_names_codes_dec_2024.csv|QYG|Q9|CODE_FORMAT|ODS code 'Q9' is not a code of a INTEGRATED_CARE_BOARD",
      "eccg_2024-25.csv|\"00C\"|\"0C\"|CODE_FORMAT|ODS code '0C' is not a code of a CLINICAL_COMMISSIONING_GROUP",
      "ons_sicbl22_to_icb22.csv|E54000050,QHM|E54000050,00L|RELATIONSHIP_CYCLE|Organisation 00L cannot be PART_OF itself",
      "ons_pco12_sha12_lookup.csv|\"5A3\"|\"Q39\"|RELATIONSHIP_CYCLE|Organisation Q39 cannot be PART_OF itself"})
  void aRecordNamingABodyThatCannotBeIsReportedAndLeftOut(String file, String from, String to,
      Invariant rule, String message) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    FileFeeds.smallExtracts().forEach((name, lines) -> {
      StringBuilder text = new StringBuilder();
      lines.forEach(line -> text.append(new String(line, StandardCharsets.ISO_8859_1)).append('\n'));
      String content = text.toString();
      if (name.equals(file)) {
        assertTrue(content.contains(from), from);
        content = content.replaceFirst(java.util.regex.Pattern.quote(from), to);
      }
      files.put(name, content.getBytes(StandardCharsets.ISO_8859_1));
    });
    FileFeeds.Extracts extracts = new FileFeeds.Extracts(files, file);
    List<Violation> problems = new ArrayList<>();
    OdsHistory.load(extracts.source(), problems::add);
    String expected = file + ": " + message;
    List<Violation> found = problems.stream().filter(p -> p.message().startsWith(expected))
        .toList();
    assertEquals(1, found.size(), () -> problems.toString());
    assertEquals(rule.name(), found.get(0).code());
    assertTrue(found.get(0).message().endsWith("; the record is left out"), found.get(0)::message);
    ViolationException strict = assertThrows(ViolationException.class,
        () -> OdsHistory.load(extracts.source()));
    assertTrue(strict.violations().contains(found.get(0)), strict::getMessage);
  }
}
