package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests staffomatic.rb (sebastianbinder/staffomatic.rb) sends, byte for byte where its
 * source and cassettes show them, and the fields it reads back. No registry here serves the gem, so
 * the requests are replayed: the headers from {@code lib/staffomatic/default.rb} ({@code
 * connection_options}: {@code Accept: application/vnd.staffomatic.v3+json}, its User-Agent) and the
 * cassettes ({@code Content-Type: application/json}, {@code Authorization: Bearer}); the base URL
 * {@code /v3/<account>}; paths without {@code .json}, as {@code lib/staffomatic/client/*.rb} builds
 * them.
 */
class ReplayingStaffomaticRbTest extends StaffomaticFixture {

  private static final String ACCOUNT = "werk-sued";

  @BeforeEach
  void theCompanyHasItsAccountName() {
    name(asAdmin, ACCOUNT);
  }

  /** One request as the gem's Faraday connection sends it. */
  private Reply gem(String method, String path, String token, String json) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + "/v3/" + ACCOUNT + "/" + path))
            .header("Accept", "application/vnd.staffomatic.v3+json")
            .header("User-Agent", "Staffomatic Ruby Gem 3.3.0")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Accept-Encoding", "gzip;q=1.0,deflate;q=0.6,identity;q=0.3");
    return send(
        builder
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  /** The fields a work timer has in the gem's cassettes ({@code creates_a_work_timer.json}). */
  private static void isAWorkTimer(JsonNode timer) {
    assertThat(timer.fieldNames())
        .toIterable()
        .contains(
            "created_at",
            "updated_at",
            "id",
            "user_id",
            "location_id",
            "updated_by_id",
            "created_by_id",
            "state",
            "duration",
            "break_duration",
            "net_duration",
            "starts_at",
            "ends_at");
    assertThat(timer.get("id").isIntegralNumber()).isTrue();
  }

  @Test
  void aWholeDayAsTheGemsCassettesRecordIt() {
    // creates_a_work_timer.json: POST work_timers, Ruby's Time#to_s form of starts_at.
    JsonNode created =
        gem(
                "POST",
                "work_timers",
                miaToken,
                "{\"user_id\":493,\"starts_at\":\"2018-02-28 08:30:00.000+01:00\",\"do\":\"start\"}")
            .ok(201);
    isAWorkTimer(created);
    long id = created.get("id").asLong();
    assertThat(created.get("user_id").asLong()).isEqualTo(493);
    assertThat(created.get("created_by_id").asLong()).isEqualTo(7);
    assertThat(created.get("state").asText()).isEqualTo("running");
    assertThat(created.get("starts_at").asText()).isEqualTo("2018-02-28T08:30:00+01:00");
    assertThat(created.get("ends_at").isNull()).isTrue();

    // creates_a_break_timer.json: POST work_timers/<id>/break_timers, no work_timer_id.
    JsonNode pause =
        gem(
                "POST",
                "work_timers/" + id + "/break_timers",
                noraToken,
                "{\"starts_at\":\"2018-02-28T08:45:00+01:00\",\"do\":\"start\"}")
            .ok(201);
    assertThat(pause.get("work_timer_id").asLong()).isEqualTo(id);
    assertThat(pause.get("user_id").asLong()).isEqualTo(493);
    assertThat(pause.get("starts_at").asText()).isEqualTo("2018-02-28T08:45:00+01:00");
    assertThat(pause.get("ends_at").isNull()).isTrue();
    long pauseId = pause.get("id").asLong();

    // update_break_timer (break_timers.rb): PATCH break_timers/<id>, here to stop it ...
    clock.advance(Duration.ofMinutes(15));
    JsonNode stopped =
        gem("PATCH", "break_timers/" + pauseId, noraToken, "{\"do\":\"stop\"}").ok(200);
    assertThat(stopped.get("ends_at").asText()).isEqualTo("2018-02-28T09:15:00+01:00");
    // ... and updates_a_break_timer.json: a new starts_at for the finished break.
    JsonNode moved =
        gem(
                "PATCH",
                "break_timers/" + pauseId,
                miaToken,
                "{\"starts_at\":\"2018-02-28T08:50:00+01:00\"}")
            .ok(200);
    assertThat(moved.get("starts_at").asText()).isEqualTo("2018-02-28T08:50:00+01:00");
    assertThat(moved.get("duration").asLong()).isEqualTo(25 * 60);

    // update_work_timer (work_timers.rb): PATCH work_timers/<id>; updates_a_work_timer.json
    // verifies it, which a manager does once it is stopped.
    clock.advance(Duration.ofHours(2));
    assertThat(
            gem("PATCH", "work_timers/" + id, noraToken, "{\"do\":\"stop\"}")
                .ok(200)
                .get("state")
                .asText())
        .isEqualTo("stopped");
    JsonNode verified = gem("PATCH", "work_timers/" + id, miaToken, "{\"do\":\"verify\"}").ok(200);
    isAWorkTimer(verified);
    assertThat(verified.get("state").asText()).isEqualTo("verified");
    assertThat(verified.get("break_duration").asLong()).isEqualTo(25 * 60);

    // all_work_timers, location_work_timers, work_timer, work_timer_breaks: GETs without a body.
    JsonNode all = gem("GET", "work_timers", noraToken, null).ok(200);
    assertThat(all.size()).isEqualTo(1);
    isAWorkTimer(all.get(0));
    long location = all.get(0).get("location_id").asLong();
    assertThat(gem("GET", "locations/" + location + "/work_timers", noraToken, null).ok(200))
        .isEqualTo(all);
    assertThat(gem("GET", "work_timers/" + id, noraToken, null).ok(200)).isEqualTo(all.get(0));
    assertThat(gem("GET", "work_timers/" + id + "/break_timers", noraToken, null).ok(200).size())
        .isEqualTo(1);
    assertThat(gem("GET", "break_timers/" + pauseId, noraToken, null).ok(200).get("id").asLong())
        .isEqualTo(pauseId);
  }

  @Test
  void theGemsDeleteOfAWorkTimerIsRefusedAs403() {
    // delete_work_timer (work_timers.rb): a recorded day stays for the audit here.
    long id =
        gem("POST", "work_timers", noraToken, "{\"do\":\"start\"}").ok(201).get("id").asLong();

    gem("DELETE", "work_timers/" + id, noraToken, null).isError(403, "forbidden");
  }

  @Test
  void theGemsUsersAndLocationsResolveTheIdsTimersCarry() {
    // locations.rb: all_locations (paginate "locations") and location(id) (get "locations/<id>");
    // users and users/<id> the same way.
    JsonNode users = gem("GET", "users", noraToken, null).ok(200);
    assertThat(users.findValuesAsText("email")).contains("nora@example.com");
    assertThat(gem("GET", "users/493", noraToken, null).ok(200).get("email").asText())
        .isEqualTo("nora@example.com");
    JsonNode locations = gem("GET", "locations", noraToken, null).ok(200);
    long location = locations.get(0).get("id").asLong();
    assertThat(gem("GET", "locations/" + location, noraToken, null).ok(200).get("name").asText())
        .isEqualTo("Werk Süd");
  }
}
