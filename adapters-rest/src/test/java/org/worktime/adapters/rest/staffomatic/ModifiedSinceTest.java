package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * "Use HTTP caching" with {@code If-Modified-Since} (clients.md; RFC 9110 §13.1.3): a work or break
 * timer answers {@code Last-Modified} (its {@code updated_at}) and 304 without a body while it is
 * unchanged since the date sent. The clock stands at 2018-02-28 08:00 UTC.
 */
class ModifiedSinceTest extends StaffomaticFixture {

  private static final String AT_CHECK_IN = "Wed, 28 Feb 2018 08:00:00 GMT";

  private Reply getIfModifiedSince(String path, String date) {
    return send(builder(path, noraToken).header("If-Modified-Since", date).build());
  }

  @Test
  void aWorkTimerUnchangedSinceTheDateIs304WithoutABody() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    Reply first = get("work_timers/" + id + ".json", noraToken);

    Reply again = getIfModifiedSince("work_timers/" + id + ".json", first.header("Last-Modified"));

    assertThat(first.header("Last-Modified")).isEqualTo(AT_CHECK_IN);
    assertThat(first.ok(200).get("updated_at").asText()).isEqualTo("2018-02-28T09:00:00+01:00");
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("Last-Modified")).isEqualTo(AT_CHECK_IN);
    assertThat(
            getIfModifiedSince("work_timers/" + id + ".json", "Wed, 28 Feb 2018 07:59:59 GMT")
                .ok(200)
                .get("id")
                .asLong())
        .as("modified after the date")
        .isEqualTo(id);
  }

  @Test
  void aChangeAfterTheDateAnswers200WithTheNewTime() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(8));
    put("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    Reply changed = getIfModifiedSince("work_timers/" + id + ".json", AT_CHECK_IN);

    assertThat(changed.ok(200).get("state").asText()).isEqualTo("stopped");
    assertThat(changed.header("Last-Modified")).isEqualTo("Wed, 28 Feb 2018 16:00:00 GMT");
  }

  @Test
  void aBreakTimerToo() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(3));
    long breakTimer =
        post(
                "break_timers.json",
                noraToken,
                "{\"work_timer_id\": " + workTimer + ", \"do\": \"start\"}")
            .ok(201)
            .get("id")
            .asLong();

    Reply unchanged =
        getIfModifiedSince("break_timers/" + breakTimer + ".json", "Wed, 28 Feb 2018 11:00:00 GMT");

    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(getIfModifiedSince("break_timers/" + breakTimer + ".json", AT_CHECK_IN).status())
        .isEqualTo(200);
  }

  @Test
  void theTwoObsoleteDateFormsAreReadAndAnythingElseIsIgnored() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    String path = "work_timers/" + id + ".json";

    assertThat(getIfModifiedSince(path, "Wednesday, 28-Feb-18 08:00:00 GMT").status())
        .isEqualTo(304);
    assertThat(getIfModifiedSince(path, "Wed Feb 28 08:00:00 2018").status()).isEqualTo(304);
    assertThat(getIfModifiedSince(path, "2018-02-28T09:00:00+01:00").status()).isEqualTo(200);
    assertThat(getIfModifiedSince(path, "yesterday").status()).isEqualTo(200);
  }

  @Test
  void ifNoneMatchTakesPrecedence() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    Reply reply =
        send(
            builder("work_timers/" + id + ".json", noraToken)
                .header("If-None-Match", "\"other\"")
                .header("If-Modified-Since", AT_CHECK_IN)
                .build());

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void listsUsersAndLocationsHaveNoModificationTime() {
    checkIn(noraToken, "{\"do\": \"start\"}");

    for (String path :
        new String[] {"work_timers.json", "users.json", "users/493.json", "locations.json"}) {
      Reply reply = getIfModifiedSince(path, "Fri, 31 Dec 9999 23:59:59 GMT");
      assertThat(reply.status()).as(path).isEqualTo(200);
      assertThat(reply.header("Last-Modified")).as(path).isNull();
    }
  }
}
