package org.worktime.application.port;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.worktime.application.access.ApiKey;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * Keeps API keys by their public id. Only a hash of each secret is kept; {@link #find} is the one
 * lookup that is not scoped to a tenant, because it is how a request finds its tenant.
 */
public interface ApiKeyStore {

  void save(ApiKey key);

  Option<ApiKey> find(Id keyId);

  /** The tenant's keys, newest first. */
  Seq<ApiKey> of(TenantId tenant);
}
