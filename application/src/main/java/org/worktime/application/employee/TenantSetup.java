package org.worktime.application.employee;

import io.vavr.control.Either;
import java.time.ZoneId;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;

/**
 * Creates a tenant with its default (flexible) policy and its first admin, numbered 1. It has no
 * actor: the composition root calls it on first start, and an embedding product when it sets up a
 * company.
 */
public interface TenantSetup {

  Either<Refusal, Actor> createTenant(String adminEmail, String adminName, ZoneId adminZone);

  /** True before the first tenant exists: a new installation to set up. */
  boolean isNewInstallation();
}
