package org.worktime.application;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One page of a longer list: the items from {@code offset}, at most {@code limit}, of {@code
 * total}.
 */
public record Page<T>(Seq<T> items, int offset, int limit, int total) {

  public Page {
    Objects.requireNonNull(items, "items");
  }

  public boolean hasMore() {
    return offset + items.size() < total;
  }
}
