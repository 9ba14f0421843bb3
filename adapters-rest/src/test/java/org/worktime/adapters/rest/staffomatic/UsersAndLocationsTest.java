package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code users} and {@code locations}, read only, in the vendor's shapes ({@code
 * ressources/users.md}, {@code ressources/locations.md}): a user's id is the {@code user_id} of
 * every timer, a location's id the {@code location_id}.
 */
class UsersAndLocationsTest extends StaffomaticFixture {

  @Test
  void theUsersAreTheCompanysEmployeesByNumber() {
    JsonNode users = get("users.json", noraToken).ok(200);

    assertThat(users.findValuesAsText("email"))
        .containsExactly(
            "ada@example.com", "mia@example.com", "nora@example.com", "ole@example.com");
    JsonNode nora = users.get(2);
    assertThat(nora.get("id").asLong()).isEqualTo(493);
    assertThat(nora.get("role").asText()).isEqualTo("staff");
    assertThat(nora.get("time_zone").asText()).isEqualTo("Europe/Berlin");
    assertThat(users.get(1).get("role").asText()).isEqualTo("manager");
    assertThat(users.get(0).get("role").asText()).isEqualTo("admin");
  }

  @Test
  void aUserIsFoundByTheNumberTimersCarry() {
    long timer = checkIn(noraToken, "{\"do\": \"start\"}");
    long userId = get("work_timers/" + timer + ".json", noraToken).ok(200).get("user_id").asLong();

    JsonNode user = get("users/" + userId + ".json", oleToken).ok(200);

    assertThat(user.get("email").asText()).isEqualTo("nora@example.com");
    assertThat(user.get("first_name").asText()).isEqualTo("nora@example.com");
    assertThat(user.get("last_name").asText()).isEmpty();
  }

  @Test
  void anUnknownUserOrAnotherCompanysIs404() {
    get("users/999.json", noraToken).isError(404, "not_found");
    assertThat(get("users/493.json", zoeToken).ok(200).get("email").asText())
        .isEqualTo("zoe@example.com");
    get("users/494.json", zoeToken).isError(404, "not_found");
    get("users/abc.json", noraToken).isError(422, "invalid_parameter");
  }

  @Test
  void theSecondPageIsEmpty() {
    assertThat(get("users.json?page=2", noraToken).ok(200).size()).isZero();
    assertThat(get("locations.json?page=2", noraToken).ok(200).size()).isZero();
  }

  @Test
  void aLocationIsTheOneWorkTimersName() {
    long timer = checkIn(noraToken, "{\"do\": \"start\"}");
    long locationId =
        get("work_timers/" + timer + ".json", noraToken).ok(200).get("location_id").asLong();

    JsonNode all = get("locations.json", noraToken).ok(200);
    JsonNode one = get("locations/" + locationId + ".json", noraToken).ok(200);

    assertThat(all.size()).isEqualTo(1);
    assertThat(all.get(0)).isEqualTo(one);
    assertThat(one.get("name").asText()).isEqualTo("Werk Süd");
    assertThat(one.get("user_ids").toString()).isEqualTo("[493]");
    assertThat(one.get("active_users_count").asInt()).isEqualTo(1);
    assertThat(get("locations/" + locationId + "/work_timers.json", noraToken).ok(200).size())
        .isEqualTo(1);
    assertThat(get("locations/" + locationId + "/users.json", noraToken).ok(200).size())
        .isEqualTo(1);
    assertThat(get("locations/" + locationId + "/users/493.json", noraToken).ok(200).get("email"))
        .hasToString("\"nora@example.com\"");
    get("locations/" + locationId + "/users/494.json", noraToken).isError(404, "not_found");
    JsonNode user = get("users/493.json", noraToken).ok(200);
    assertThat(user.get("location_ids").toString()).isEqualTo("[" + locationId + "]");
  }

  @Test
  void anotherCompanysLocationIsNotFound() {
    long timer = checkIn(noraToken, "{\"do\": \"start\"}");
    long locationId =
        get("work_timers/" + timer + ".json", noraToken).ok(200).get("location_id").asLong();

    get("locations/" + locationId + ".json", zoeToken).isError(404, "not_found");
    get("locations/" + locationId + "/work_timers.json", zoeToken).isError(404, "not_found");
    get("locations/999.json", noraToken).isError(404, "not_found");
  }
}
