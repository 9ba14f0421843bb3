package org.worktime.application.employee;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.ZoneId;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;
import org.worktime.domain.id.TenantId;

/**
 * Creates a tenant with its default (flexible) policy and its first admin, numbered 1. It has no
 * actor: the composition root calls it on first start, and an embedding product when it sets up a
 * company.
 */
public interface TenantSetup {

  Either<Refusal, Actor> createTenant(String adminEmail, String adminName, ZoneId adminZone);

  /** True before the first tenant exists: a new installation to set up. */
  boolean isNewInstallation();

  /** The tenants of this store, in id order: the local command line picks the one it acts for. */
  Seq<TenantId> tenants();

  /**
   * The actor the local command line acts as: the tenant's first administrator. Whoever can open
   * the store's files or database owns its data anyway, so the command line needs no key; it
   * records its changes under this administrator, through the CLI channel.
   */
  Either<Refusal, Actor> operatorOf(TenantId tenant);
}
