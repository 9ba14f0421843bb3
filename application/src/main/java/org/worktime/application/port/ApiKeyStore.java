package org.worktime.application.port;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.worktime.application.access.ApiKey;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/** Keeps API keys by tenant and id. Only a hash of each secret is kept. */
public interface ApiKeyStore {

  void save(ApiKey key);

  Option<ApiKey> find(TenantId tenant, Id keyId);

  /** The tenant's keys, newest first. */
  Seq<ApiKey> of(TenantId tenant);
}
