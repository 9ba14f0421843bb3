package org.worktime.application.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import org.worktime.application.access.ApiKey;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.ApiKeyStore;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/** API keys in memory: hashes only, as in the database. */
public final class MemoryApiKeyStore implements ApiKeyStore {

  private final MemoryDatabase database;

  public MemoryApiKeyStore(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public void save(ApiKey key) {
    database.write(tables -> new Change<>(tables.withApiKey(key), key));
  }

  @Override
  public Option<ApiKey> find(TenantId tenant, Id keyId) {
    return database.read(
        tables -> tables.apiKeys().get(keyId).filter(key -> key.tenant().equals(tenant)));
  }

  @Override
  public Seq<ApiKey> of(TenantId tenant) {
    return database.read(
        tables ->
            tables
                .apiKeys()
                .values()
                .filter(key -> key.tenant().equals(tenant))
                .toList()
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed()));
  }
}
