package org.worktime.adapters.cli.doctor;

import java.util.Locale;
import java.util.Objects;

/** One finding of {@code worktime doctor}: what was looked at, how it stands, and the facts. */
record Check(String name, Status status, String detail) {

  enum Status {
    OK,
    WARN,
    FAIL;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  static Check ok(String name, String detail) {
    return new Check(name, Status.OK, detail);
  }

  static Check warn(String name, String detail) {
    return new Check(name, Status.WARN, detail);
  }

  static Check fail(String name, String detail) {
    return new Check(name, Status.FAIL, detail);
  }
}
