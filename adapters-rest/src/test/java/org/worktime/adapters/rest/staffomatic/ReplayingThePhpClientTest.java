package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests the PHP client (garygitton/staffomatic-api-client) sends, replayed: no registry here
 * serves it. {@code src/Factory/ClientFactory.php} builds the base URL {@code
 * https://api.staffomaticapp.com/v3/<domain>} and sends {@code Content-Type: application/json},
 * {@code Authorization: Basic base64(username:password)} and {@code User-Agent: <domain>
 * (<username>)} on every request, no {@code Accept}. {@code src/Service/UserService.php} names the
 * paths. {@code src/Client.php} hydrates each answer with Zend's {@code ClassMethods}: every field
 * is handed to its setter in {@code src/Resource/User.php}, whose parameters are typed and take no
 * null, so a field it has a setter for must come with the setter's type.
 */
class ReplayingThePhpClientTest extends StaffomaticFixture {

  private static final String DOMAIN = "werk-sued";

  /** The fields {@code User.php} has a typed setter for, and the JSON type each must have. */
  private static final Map<String, String> USER_SETTERS =
      Map.ofEntries(
          Map.entry("email", "string"),
          Map.entry("first_name", "string"),
          Map.entry("last_name", "string"),
          Map.entry("locale", "string"),
          Map.entry("role", "string"),
          Map.entry("image", "string"),
          Map.entry("company", "string"),
          Map.entry("max_vacation_days", "int"),
          Map.entry("commentable", "bool"),
          Map.entry("department_ids", "array"),
          Map.entry("invited_by_id", "int"),
          Map.entry("invitation_state", "string"),
          Map.entry("custom_id", "string"));

  private long location;

  @BeforeEach
  void theCompanyHasItsDomain() {
    name(asAdmin, DOMAIN);
    location = get("locations.json", noraToken).ok(200).get(0).get("id").asLong();
  }

  /** {@code Client::getResource} and {@code listResource}: a GET as Guzzle sends it. */
  private Reply php(String path, String username, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/v3/" + DOMAIN + path))
            .header("Content-Type", "application/json")
            .header("Authorization", basic(username, password))
            .header("User-Agent", DOMAIN + " (" + username + ")")
            .GET()
            .build());
  }

  private static void hydratesAsAUser(JsonNode user) {
    // getId(): int is not nullable.
    assertThat(user.get("id").isIntegralNumber()).as(user.toString()).isTrue();
    USER_SETTERS.forEach(
        (field, type) -> {
          JsonNode value = user.get(field);
          if (value == null) {
            return; // ClassMethods calls no setter for a field that is not there.
          }
          assertThat(value.isNull()).as(field + " in " + user).isFalse();
          switch (type) {
            case "string":
              assertThat(value.isTextual()).as(field).isTrue();
              break;
            case "int":
              assertThat(value.isIntegralNumber()).as(field).isTrue();
              break;
            case "bool":
              assertThat(value.isBoolean()).as(field).isTrue();
              break;
            default:
              assertThat(value.isArray()).as(field).isTrue();
          }
        });
  }

  @Test
  void listUserByLocation() {
    JsonNode users =
        php("/locations/" + location + "/users.json", "nora@example.com", noraToken).ok(200);

    assertThat(users.size()).isEqualTo(1);
    hydratesAsAUser(users.get(0));
    assertThat(users.get(0).get("email").asText()).isEqualTo("nora@example.com");
  }

  @Test
  void listActiveUser() {
    JsonNode users = php("/users.json?state=active", "ada@example.com", adaToken()).ok(200);

    assertThat(users.size()).isEqualTo(4);
    users.forEach(ReplayingThePhpClientTest::hydratesAsAUser);
  }

  @Test
  void getUserByLocationAndUserWithItsSlashBeforeJson() {
    JsonNode user =
        php("/locations/" + location + "/users/493/.json", "nora@example.com", noraToken).ok(200);

    hydratesAsAUser(user);
    assertThat(user.get("id").asLong()).isEqualTo(493);
  }

  @Test
  void aWrongPasswordIsTheVendors401() {
    Reply reply =
        php("/users.json?state=active", "nora@example.com", "not-the-key")
            .isError(401, "unauthorized");

    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=\"worktime\"");
  }

  @Test
  void breakTimersCarryW3cTimesForTheDateTimeFormatterStrategy() {
    // Client.php hydrates starts_at, ends_at, created_at, updated_at with DateTime::W3C.
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    post("work_timers/" + id + "/break_timers.json", noraToken, "{\"do\": \"start\"}").ok(201);

    JsonNode breaks = php("/break_timers.json", "nora@example.com", noraToken).ok(200);

    assertThat(breaks.size()).isEqualTo(1);
    for (String field : new String[] {"starts_at", "created_at", "updated_at"}) {
      assertThat(breaks.get(0).get(field).asText())
          .as(field)
          .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
    }
  }

  private String adaToken() {
    return engine
        .apiKeys()
        .issue(asAdmin, asAdmin.actor().employee(), "php", io.vavr.control.Option.none())
        .get()
        .token();
  }
}
