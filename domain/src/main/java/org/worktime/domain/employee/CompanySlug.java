package org.worktime.domain.employee;

import io.vavr.control.Either;
import java.util.Objects;
import java.util.regex.Pattern;
import org.worktime.domain.ValueError;

/**
 * A company's account name, the way Staffomatic puts the account's subdomain into its paths ({@code
 * /v3/<slug>/work_timers.json}): a DNS label of 1 to 63 lower-case ASCII letters, digits and
 * hyphens that neither starts nor ends with a hyphen. Given text is read in any case and kept in
 * lower case, as host names compare.
 */
public record CompanySlug(String value) {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  /** Guards the invariant; input from outside goes through {@link #of}. */
  public CompanySlug {
    Objects.requireNonNull(value, "value");
    if (!LABEL.matcher(value).matches()) {
      throw new IllegalArgumentException(new ValueError.MalformedSlug(value).describe());
    }
  }

  public static Either<ValueError, CompanySlug> of(String text) {
    Objects.requireNonNull(text, "text");
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    // Compared before lowering as well: a non-ASCII letter may lower into ASCII (the Kelvin sign).
    return LABEL.matcher(lower).matches() && lower.length() == text.length() && isAscii(text)
        ? Either.right(new CompanySlug(lower))
        : Either.left(new ValueError.MalformedSlug(text));
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  @Override
  public String toString() {
    return value;
  }
}
