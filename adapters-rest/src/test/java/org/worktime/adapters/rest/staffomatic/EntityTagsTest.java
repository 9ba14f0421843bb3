package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * "Use HTTP caching" (the vendor's README): every GET carries an ETag, and {@code If-None-Match}
 * with it answers 304 without a body until what the body shows changes.
 */
class EntityTagsTest extends StaffomaticFixture {

  private Reply getIfNoneMatch(String path, String tag) {
    return send(builder(path, noraToken).header("If-None-Match", tag).build());
  }

  @Test
  void anUnchangedWorkTimerIs304WithoutABody() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    Reply first = get("work_timers/" + id + ".json", noraToken);
    String tag = first.header("ETag");

    Reply again = getIfNoneMatch("work_timers/" + id + ".json", tag);

    assertThat(tag).matches("\"[0-9a-f]{32}\"");
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(tag);
  }

  @Test
  void aChangeMakesANewTagAndA200() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    String tag = get("work_timers/" + id + ".json", noraToken).header("ETag");
    clock.advance(Duration.ofMinutes(5));
    put("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    Reply changed = getIfNoneMatch("work_timers/" + id + ".json", tag);

    assertThat(changed.ok(200).get("state").asText()).isEqualTo("stopped");
    assertThat(changed.header("ETag")).isNotEqualTo(tag);
  }

  @Test
  void listsUsersAndLocationsAreTaggedToo() {
    for (String path : new String[] {"work_timers.json", "users.json", "locations.json"}) {
      String tag = get(path, noraToken).header("ETag");
      assertThat(getIfNoneMatch(path, tag).status()).as(path).isEqualTo(304);
      assertThat(getIfNoneMatch(path, "W/" + tag + ", \"other\"").status()).as(path).isEqualTo(304);
      assertThat(getIfNoneMatch(path, "\"other\"").status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void aNewTimerChangesTheListsTag() {
    String tag = get("work_timers.json", noraToken).header("ETag");
    checkIn(noraToken, "{\"do\": \"start\"}");

    assertThat(getIfNoneMatch("work_timers.json", tag).status()).isEqualTo(200);
  }

  @Test
  void errorsAndWritesCarryNoTag() {
    assertThat(get("work_timers/987654.json", noraToken).header("ETag")).isNull();
    assertThat(post("work_timers.json", noraToken, "{\"do\": \"start\"}").header("ETag")).isNull();
  }
}
