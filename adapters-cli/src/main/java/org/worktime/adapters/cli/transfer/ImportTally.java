package org.worktime.adapters.cli.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import did with each record: created, already present, refused (and why), left out. */
final class ImportTally {

  /** Refusals kept for the report; beyond this only their number is kept. */
  static final int KEPT_REFUSALS = 1000;

  record Refused(String position, String record, String reason) {
    String describe() {
      return position + ": " + record + ": " + reason;
    }
  }

  long daysCreated;
  long daysPresent;
  long timersCreated;
  long timersPresent;
  long employeesCreated;
  long leftOut;
  long refusedCount;
  final List<Refused> refused = new ArrayList<>();

  void refuse(String position, String record, String reason) {
    refusedCount++;
    if (refused.size() < KEPT_REFUSALS) {
      refused.add(new Refused(position, record, reason));
    }
  }

  Map<String, Object> json(String file, String format, long records) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("file", file);
    fields.put("format", format);
    fields.put("records", records);
    fields.put("created", Map.of("days", daysCreated, "timers", timersCreated));
    fields.put("already_present", Map.of("days", daysPresent, "timers", timersPresent));
    fields.put("employees_created", employeesCreated);
    fields.put("left_out", leftOut);
    fields.put("refused_count", refusedCount);
    List<Map<String, String>> listed = new ArrayList<>();
    for (Refused one : refused) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("position", one.position());
      entry.put("record", one.record());
      entry.put("reason", one.reason());
      listed.add(entry);
    }
    fields.put("refused", listed);
    return fields;
  }
}
