package org.worktime.app.fuzz;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid request for every route of every dialect, the management API, JSON-RPC and the operations
 * routes: what the fuzzer mutates. {@code ${name}} in a target, header or body is filled in when
 * the request is made (a token, an id the server gave, the time now in the dialect's format).
 */
final class ValidRequests {

  /** Who sends the request, and how. */
  enum Caller {
    /** No credentials (or they are in the target, as Bitrix's {@code ?auth=}). */
    NONE,
    EMPLOYEE,
    MANAGER,
    ADMIN,
    /** HTTP Basic with the OAuth client's id and secret. */
    CLIENT
  }

  record Template(
      String route, String method, String target, Caller caller, String contentType, String body) {

    FuzzRequest make(Map<String, Supplier<String>> values) {
      List<Tuple2<String, String>> headers = List.empty();
      String authorization =
          switch (caller) {
            case NONE -> null;
            case EMPLOYEE -> "Bearer " + fill("${employeeToken}", values);
            case MANAGER -> "Bearer " + fill("${managerToken}", values);
            case ADMIN -> "Bearer " + fill("${adminToken}", values);
            case CLIENT -> fill("Basic ${clientBasic}", values);
          };
      if (authorization != null) {
        headers = headers.append(new Tuple2<>("Authorization", authorization));
      }
      if (contentType != null) {
        headers = headers.append(new Tuple2<>("Content-Type", contentType));
      }
      return new FuzzRequest(
          route,
          method,
          fill(target, values),
          headers,
          body == null ? new byte[0] : fill(body, values).getBytes(StandardCharsets.UTF_8),
          List.empty());
    }
  }

  static final String JSON = "application/json; charset=utf-8";
  static final String FORM = "application/x-www-form-urlencoded";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  private ValidRequests() {}

  static String fill(String text, Map<String, Supplier<String>> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Supplier<String> value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value.get()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static List<Template> all() {
    return bitrix()
        .appendAll(theBase())
        .appendAll(staffomatic())
        .appendAll(management())
        .appendAll(jsonRpc())
        .appendAll(operations());
  }

  private static Template t(
      String method, String target, Caller caller, String contentType, String body) {
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    return new Template(method + " " + path, method, target, caller, contentType, body);
  }

  static List<Template> bitrix() {
    return List.of(
        t("GET", "/rest/timeman.status?auth=${employeeToken}", Caller.NONE, null, null),
        t(
            "GET",
            "/rest/timeman.settings.json?auth=${managerToken}&USER_ID=${employeeNumber}",
            Caller.NONE,
            null,
            null),
        t(
            "POST",
            "/rest/timeman.open",
            Caller.EMPLOYEE,
            JSON,
            "{\"USER_ID\": ${employeeNumber}, \"REPORT\": \"in\", \"LAT\": 54.35,"
                + " \"LON\": 18.65}"),
        t(
            "POST",
            "/rest/timeman.open.json",
            Caller.NONE,
            FORM,
            "auth=${employeeToken}&TIME=${atomNow}&REPORT=late+start"),
        t("GET", "/rest/timeman.pause?auth=${employeeToken}", Caller.NONE, null, null),
        t(
            "POST",
            "/rest/timeman.close",
            Caller.EMPLOYEE,
            JSON,
            "{\"TIME\": \"${atomNow}\", \"REPORT\": \"done 😀\"}"),
        t(
            "POST",
            "/rest/timeman.status.json",
            Caller.MANAGER,
            JSON,
            "{\"USER_ID\": \"${employeeNumber}\"}"));
  }

  static List<Template> theBase() {
    return List.of(
        t(
            "POST",
            "/v2/timer/start",
            Caller.EMPLOYEE,
            JSON,
            "{\"owner\": \"${employeeDecimal}\", \"account_id\": \"acc-7\","
                + " \"comment\": \"שלום 😀\", \"start_time\": \"${isoNow}\"}"),
        t(
            "POST",
            "/v2/timer/start",
            Caller.MANAGER,
            JSON,
            "{\"owner\": \"${employeeDecimal}\", \"start_time\": \"${wallNowT}\"}"),
        t("PUT", "/v2/timer/${timer}", Caller.EMPLOYEE, null, null),
        t(
            "GET",
            "/v2/timer/open?limit=10&offset=0&owner=${employeeDecimal}",
            Caller.MANAGER,
            null,
            null),
        t("POST", "/oauth/token", Caller.CLIENT, FORM, "grant_type=client_credentials"),
        t(
            "POST",
            "/oauth/token",
            Caller.NONE,
            FORM,
            "grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}"));
  }

  static List<Template> staffomatic() {
    String listing = "?from=${isoDayAgo}&until=${isoNow}&user_ids[]=${employeeNumber}&page=1";
    return List.of(
        t("GET", "/v3/work_timers.json" + listing, Caller.MANAGER, null, null),
        t("GET", "/v3/locations/${locationNumber}/work_timers.json", Caller.MANAGER, null, null),
        t("GET", "/v3/work_timers/${workTimer}.json", Caller.EMPLOYEE, null, null),
        t(
            "POST",
            "/v3/work_timers.json",
            Caller.EMPLOYEE,
            JSON,
            "{\"do\": \"start\", \"starts_at\": \"${isoNow}\", \"device_type\": \"terminal\"}"),
        t(
            "POST",
            "/v3/work_timers.json",
            Caller.MANAGER,
            JSON,
            "{\"user_id\": ${employeeNumber}, \"do\": \"start\"}"),
        t(
            "PUT",
            "/v3/work_timers/${workTimer}.json",
            Caller.EMPLOYEE,
            JSON,
            "{\"do\": \"stop\", \"ends_at\": \"${isoNow}\"}"),
        t(
            "PUT",
            "/v3/work_timers/${workTimer}.json",
            Caller.MANAGER,
            JSON,
            "{\"starts_at\": \"${isoHourAgo}\", \"ends_at\": \"${isoNow}\", \"reason\": \"fix\"}"),
        t("PUT", "/v3/work_timers/${workTimer}.json", Caller.MANAGER, JSON, "{\"do\": \"verify\"}"),
        t(
            "PUT",
            "/v3/work_timers.json",
            Caller.EMPLOYEE,
            JSON,
            "{\"timer_id\": ${workTimer}, \"do\": \"stop\", \"ends_at\": \"${isoNow}\"}"),
        t("DELETE", "/v3/work_timers/${workTimer}.json", Caller.MANAGER, null, null),
        t("GET", "/v3/work_timers/${workTimer}/break_timers.json", Caller.EMPLOYEE, null, null),
        t("GET", "/v3/break_timers.json" + listing, Caller.MANAGER, null, null),
        t("GET", "/v3/locations/${locationNumber}/break_timers.json", Caller.MANAGER, null, null),
        t("GET", "/v3/break_timers/${breakTimer}.json", Caller.EMPLOYEE, null, null),
        t(
            "POST",
            "/v3/break_timers.json",
            Caller.EMPLOYEE,
            JSON,
            "{\"work_timer_id\": ${workTimer}, \"do\": \"start\", \"starts_at\": \"${isoNow}\"}"),
        t(
            "POST",
            "/v3/break_timers.json",
            Caller.MANAGER,
            JSON,
            "{\"work_timer_id\": ${workTimer}, \"starts_at\": \"${isoHourAgo}\","
                + " \"ends_at\": \"${isoHalfHourAgo}\"}"),
        t(
            "PUT",
            "/v3/break_timers/${breakTimer}.json",
            Caller.EMPLOYEE,
            JSON,
            "{\"do\": \"stop\", \"ends_at\": \"${isoNow}\"}"),
        t(
            "PUT",
            "/v3/break_timers/${breakTimer}.json",
            Caller.MANAGER,
            JSON,
            "{\"starts_at\": \"${isoHourAgo}\", \"ends_at\": \"${isoHalfHourAgo}\","
                + " \"reason\": \"moved\"}"),
        t(
            "PUT",
            "/v3/break_timers.json",
            Caller.EMPLOYEE,
            JSON,
            "{\"work_timer_id\": ${workTimer}, \"do\": \"stop\"}"),
        t(
            "DELETE",
            "/v3/break_timers/${breakTimer}.json",
            Caller.MANAGER,
            JSON,
            "{\"reason\": \"twice\"}"));
  }

  static List<Template> management() {
    String policy =
        "{\"schedule\": {\"type\": \"fixed\", \"shifts\": {\"MONDAY\": {\"start\": \"09:00\","
            + " \"end\": \"17:00\", \"plannedBreak\": \"PT30M\"}}}, \"latestStart\": \"09:30\","
            + " \"earliestFinish\": \"16:00\", \"minimumDuration\": \"PT8H\","
            + " \"allowedDelta\": \"PT15M\", \"reopenAllowed\": true}";
    return List.of(
        t("GET", "/api/v1/employees", Caller.ADMIN, null, null),
        t(
            "POST",
            "/api/v1/employees",
            Caller.ADMIN,
            JSON,
            "{\"email\": \"f${sequence}@acme.example\", \"name\": \"Fay ${sequence}\","
                + " \"homeZone\": \"Europe/Berlin\", \"role\": \"employee\"}"),
        t("GET", "/api/v1/employees/${employeeNumber}", Caller.EMPLOYEE, null, null),
        t(
            "PATCH",
            "/api/v1/employees/${employeeNumber}",
            Caller.ADMIN,
            JSON,
            "{\"name\": \"Eve ${sequence}\", \"homeZone\": \"Asia/Jerusalem\"}"),
        t(
            "PUT",
            "/api/v1/employees/${employeeNumber}/location",
            Caller.ADMIN,
            JSON,
            "{\"locationId\": \"${locationId}\"}"),
        t("GET", "/api/v1/employees/${employeeNumber}/policy", Caller.MANAGER, null, null),
        t("GET", "/api/v1/policies", Caller.EMPLOYEE, null, null),
        t("POST", "/api/v1/policies", Caller.ADMIN, JSON, policy),
        t("GET", "/api/v1/policies/${policyId}", Caller.ADMIN, null, null),
        t("PUT", "/api/v1/policies/${policyId}", Caller.ADMIN, JSON, policy),
        t("GET", "/api/v1/locations", Caller.EMPLOYEE, null, null),
        t("POST", "/api/v1/locations", Caller.ADMIN, JSON, "{\"name\": \"Werk ${sequence} Süd\"}"),
        t("GET", "/api/v1/locations/${locationId}", Caller.ADMIN, null, null),
        t(
            "PATCH",
            "/api/v1/locations/${locationId}",
            Caller.ADMIN,
            JSON,
            "{\"name\": \"Werk Nord\"}"),
        t("GET", "/api/v1/keys", Caller.ADMIN, null, null),
        t(
            "POST",
            "/api/v1/keys",
            Caller.ADMIN,
            JSON,
            "{\"employee\": ${employeeNumber}, \"label\": \"ci\", \"validity\": \"P30D\"}"),
        t("DELETE", "/api/v1/keys/${revocableKey}", Caller.ADMIN, null, null),
        t(
            "POST",
            "/api/v1/oauth-clients",
            Caller.ADMIN,
            JSON,
            "{\"employee\": ${employeeNumber}, \"label\": \"crm\"}"));
  }

  static List<Template> jsonRpc() {
    String path = "/api/v1/json-rpc";
    String period = "{\"startDate\": \"${dateWeekAgo}\", \"endDate\": \"${today}\"}";
    List<Template> reads =
        List.of("sessions", "lunches", "timesheet", "extended-sessions")
            .map(
                method ->
                    new Template(
                        "POST " + path + " " + method,
                        "POST",
                        path,
                        Caller.MANAGER,
                        JSON,
                        "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \""
                            + method
                            + "\", \"params\": "
                            + period
                            + "}"));
    return reads.appendAll(
        List.of(
            rpc("sessions", Caller.EMPLOYEE, "[\"${dateWeekAgo}\", \"${today}\"]"),
            rpc("employees", Caller.ADMIN, null),
            rpc(
                "clock-in",
                Caller.EMPLOYEE,
                "{\"note\": \"in\", \"locationType\": \"office\", \"sourceType\": \"terminal\"}"),
            rpc(
                "clock-in",
                Caller.MANAGER,
                "{\"employeeNumber\": ${employeeNumber}, \"date\": \"${wallNow}\","
                    + " \"timezone\": \"UTC\", \"idempotencyKey\": \"k-${sequence}\"}"),
            rpc("clock-out", Caller.EMPLOYEE, "{\"note\": \"out\"}"),
            rpc("lunch-start", Caller.EMPLOYEE, "{\"locationType\": \"home\"}"),
            rpc("lunch-end", Caller.EMPLOYEE, "{}"),
            rpc(
                "worklog-start",
                Caller.EMPLOYEE,
                "{\"name\": \"Task\", \"externalId\": \"T-1\", \"comment\": \"c\"}"),
            rpc("worklog-stop", Caller.EMPLOYEE, "{\"employeeNumber\": \"${employeeNumber}\"}"),
            new Template(
                "POST " + path + " batch",
                "POST",
                path,
                Caller.MANAGER,
                JSON,
                "[{\"jsonrpc\": \"2.0\", \"id\": \"a\", \"method\": \"employees\"},"
                    + " {\"jsonrpc\": \"2.0\", \"method\": \"lunches\", \"params\": "
                    + period
                    + "}, {\"jsonrpc\": \"2.0\", \"id\": 2.5e-3, \"method\": \"sessions\","
                    + " \"params\": "
                    + period
                    + "}]")));
  }

  private static Template rpc(String method, Caller caller, String params) {
    return new Template(
        "POST /api/v1/json-rpc " + method,
        "POST",
        "/api/v1/json-rpc",
        caller,
        JSON,
        "{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \""
            + method
            + "\""
            + (params == null ? "" : ", \"params\": " + params)
            + "}");
  }

  static List<Template> operations() {
    return List.of(
        t("GET", "/health/ready", Caller.NONE, null, null),
        t("GET", "/health/live", Caller.NONE, null, null),
        t("GET", "/metrics", Caller.NONE, null, null),
        t("GET", "/openapi", Caller.NONE, null, null),
        t("GET", "/openapi/management.json", Caller.NONE, null, null));
  }
}
