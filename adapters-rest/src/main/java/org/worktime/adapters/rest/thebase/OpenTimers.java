package org.worktime.adapters.rest.thebase;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worktime.application.Page;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.text.Note;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.RunningTimer;

/**
 * The answer to {@code GET /v2/timer/open}, in the collection shape the vendor's example shows
 * (Oracle REST Data Services'): {@code items}, {@code hasMore}, {@code limit}, {@code offset},
 * {@code count} (the items in this page) and {@code links} ({@code self} and {@code first} always,
 * {@code prev} after the first page, {@code next} while {@code hasMore}). Links are relative to the
 * server, so no {@code Host} header is trusted to build them.
 */
final class OpenTimers {

  private OpenTimers() {}

  static Map<String, Object> body(String path, Page<RunningTimer> page, Option<EmployeeId> owner) {
    List<Object> items = new ArrayList<>();
    page.items().forEach(timer -> items.add(item(timer)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("hasMore", page.hasMore());
    body.put("limit", page.limit());
    body.put("offset", page.offset());
    body.put("count", items.size());
    body.put("links", links(path, page, owner));
    return body;
  }

  private static Map<String, Object> item(RunningTimer timer) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", timer.id().value().toDecimal());
    item.put("owner", timer.owner().value().toDecimal());
    item.put("account_id", timer.details().account().map(AccountId::value).getOrNull());
    item.put("start_time", TheBaseTimes.format(timer.start().at()));
    item.put("comment", timer.details().comment().map(Note::text).getOrNull());
    return item;
  }

  private static List<Object> links(
      String path, Page<RunningTimer> page, Option<EmployeeId> owner) {
    List<Object> links = new ArrayList<>();
    links.add(link("self", path, page.offset(), page.limit(), owner));
    links.add(link("first", path, 0, page.limit(), owner));
    if (page.offset() > 0) {
      links.add(link("prev", path, Math.max(0, page.offset() - page.limit()), page.limit(), owner));
    }
    if (page.hasMore()) {
      links.add(link("next", path, page.offset() + page.items().size(), page.limit(), owner));
    }
    return links;
  }

  private static Map<String, Object> link(
      String rel, String path, int offset, int limit, Option<EmployeeId> owner) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("rel", rel);
    link.put(
        "href",
        path
            + "?"
            + owner.map(id -> "owner=" + id.value().toDecimal() + "&").getOrElse("")
            + "limit="
            + limit
            + "&offset="
            + offset);
    return link;
  }
}
