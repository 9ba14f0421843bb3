package org.worktime.domain.place;

import java.util.Objects;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.TenantId;

/**
 * A site of a tenant where people work (Staffomatic's locations): employees belong to one, and a
 * dialect lists the days of a location's people.
 */
public record Location(LocationId id, TenantId tenant, String name) {

  public static final int MAXIMUM_NAME_LENGTH = 200;

  public Location {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.codePointCount(0, name.length()) > MAXIMUM_NAME_LENGTH) {
      throw new IllegalArgumentException("a location's name is 1 to 200 characters, not blank");
    }
  }
}
