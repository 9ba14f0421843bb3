package org.worktime.adapters.cli.employee;

import java.time.ZoneId;
import java.util.Locale;
import org.worktime.adapters.cli.GivenText;
import org.worktime.domain.employee.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What an employee's options accept, checked as the management API checks the same fields: a value
 * of the wrong form is a usage error before anything is written.
 */
final class EmployeeValues {

  static final int MAXIMUM_EMAIL = 254;

  private EmployeeValues() {}

  /** An address like {@code ada@example.com}: an {@code @} inside, no spaces. */
  static final class Email implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      String email = GivenText.checked(text, MAXIMUM_EMAIL);
      int at = email.indexOf('@');
      if (at < 1 || at == email.length() - 1 || email.chars().anyMatch(Character::isWhitespace)) {
        throw new TypeConversionException(
            "'" + text + "' is not an email address like ada@example.com");
      }
      return email;
    }
  }

  /** An IANA zone name such as {@code Asia/Jerusalem}; a bare offset is not a home. */
  static final class Zone implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String text) {
      if (!ZoneId.getAvailableZoneIds().contains(text)) {
        throw new TypeConversionException(
            "'" + text + "' is not an IANA time zone name like Europe/Berlin");
      }
      return ZoneId.of(text);
    }
  }

  /** {@code employee}, {@code manager} or {@code admin}, in any case. */
  static final class RoleName implements ITypeConverter<Role> {
    @Override
    public Role convert(String text) {
      for (Role role : Role.values()) {
        if (role.name().equalsIgnoreCase(text.strip())) {
          return role;
        }
      }
      throw new TypeConversionException(
          "'" + text + "' is not a role; the roles are employee, manager and admin");
    }
  }

  static String roleName(Role role) {
    return role.name().toLowerCase(Locale.ROOT);
  }
}
