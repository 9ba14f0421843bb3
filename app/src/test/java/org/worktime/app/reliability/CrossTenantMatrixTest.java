package org.worktime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.app.EveryDialect;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.access.ApiKeysUseCase;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * Who may reach whose data, over every dialect: two companies in one store (H2 file), in each an
 * admin, a manager and two employees, each with a key, a closed day with a break, a running day on
 * a running break, a stopped and a running task timer, placed at their company's location. Then:
 *
 * <ul>
 *   <li>every actor of one company tries every operation of every dialect (Bitrix, TheBase,
 *       Staffomatic, JSON-RPC, management) on the other company's people, days, breaks, timers,
 *       keys, locations and policies, by number and by id: each must be refused (403 or 404;
 *       JSON-RPC's forbidden or not found; Bitrix's unknown user);
 *   <li>every employee tries the same on each colleague, and every employee and manager tries the
 *       management API's writes (admins only): each must be refused;
 *   <li>every actor reads what it may (lists, statuses, reports): nothing of the other company, and
 *       for an employee nothing of a colleague's days or timers, in any answer.
 * </ul>
 *
 * No answer of either kind may name the other company's people, notes, ids or places (unless the
 * request itself named them), and afterwards both companies' data are exactly as before.
 */
class CrossTenantMatrixTest {

  private static final String POLICY =
      "{\"schedule\":{\"type\":\"flexible\",\"expiresAfterDays\":1},\"latestStart\":null,"
          + "\"earliestFinish\":null,\"minimumDuration\":null,\"allowedDelta\":\"PT15M\","
          + "\"reopenAllowed\":true}";

  @TempDir Path data;

  private HikariDataSource dataSource;
  private RestServer server;
  private Http http;
  private Engine engine;

  /** One person of a company: who they are, their key, and the ids of what they recorded. */
  private static final class Person {
    final String handle;
    final long number;
    final Role role;
    EmployeeId id;
    String token;
    String keyId;
    long closedDay;
    long runningDay;
    long stoppedBreak;
    long runningBreak;
    String closedStart;
    String stoppedBreakStart;
    String stoppedBreakEnd;
    String stoppedTimer;
    String runningTimer;

    Person(String handle, long number, Role role) {
      this.handle = handle;
      this.number = number;
      this.role = role;
    }

    String uuid() {
      return id.value().toString();
    }

    String decimal() {
      return id.value().toDecimal();
    }

    /** What only this person's own records say: their notes, accounts and comments. */
    List<String> privateMarkers() {
      return List.of(
          "note-of-" + handle,
          "endnote-of-" + handle,
          "acct-of-" + handle,
          "comment-of-" + handle,
          "note2-of-" + handle,
          "acct2-of-" + handle,
          "comment2-of-" + handle);
    }

    @Override
    public String toString() {
      return handle;
    }
  }

  private static final class Company {
    final String word;
    final List<Person> people = new ArrayList<>();
    String locationId;
    long locationNumber;
    String policyId;
    final Set<String> markers = new LinkedHashSet<>();

    Company(String word) {
      this.word = word;
    }

    Set<Long> numbers() {
      Set<Long> numbers = new LinkedHashSet<>();
      people.forEach(person -> numbers.add(person.number));
      return numbers;
    }
  }

  private record Attempt(
      String dialect,
      Person actor,
      String method,
      String path,
      String body,
      Set<String> secrets,
      boolean mustBeRefused) {}

  @BeforeEach
  void twoCompaniesOnOneServer() {
    dataSource = JdbcDataSources.h2File(data);
    Clock clock = Clock.systemUTC();
    engine =
        new EngineBuilder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
            .stores(JdbcStores.create(dataSource))
            .build();
    server = EveryDialect.server(engine, RestConfig.loopback().withPort(0), clock);
    http = new Http("http://127.0.0.1:" + server.start());
  }

  @AfterEach
  void stop() {
    server.stop();
    dataSource.close();
  }

  @Test
  void noActorReachesAnotherCompanyOrAColleagueThroughAnyDialect() throws Exception {
    Company alpha = company("alpha", 2);
    Company beta = company("beta", 12);
    Map<String, String> before = snapshot(alpha, beta);

    List<Attempt> attempts = new ArrayList<>();
    for (Company own : List.of(alpha, beta)) {
      Company other = own == alpha ? beta : alpha;
      Set<String> foreign = other.markers;
      for (Person actor : own.people) {
        for (Person target : other.people) {
          boolean byNumber = !own.numbers().contains(target.number);
          attempts.addAll(onTheirData(actor, target, byNumber, foreign));
          attempts.addAll(onTheirEmployeeRecord(actor, target, byNumber, own, foreign));
        }
        attempts.addAll(onTheirCompany(actor, own, other, foreign));
        Set<String> colleagues = new LinkedHashSet<>(foreign);
        if (actor.role == Role.EMPLOYEE) {
          for (Person colleague : own.people) {
            if (colleague != actor) {
              colleagues.addAll(colleague.privateMarkers());
              attempts.addAll(onTheirData(actor, colleague, true, foreign));
              attempts.add(
                  refusal(
                      "management",
                      actor,
                      "GET",
                      "/api/v1/employees/" + colleague.number + "/policy",
                      null));
            }
          }
        }
        if (actor.role != Role.ADMIN) {
          attempts.addAll(managementWrites(actor, own, foreign));
        }
        attempts.addAll(reads(actor, other, colleagues));
      }
    }

    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> notRefused = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    List<String> othersShown = new ArrayList<>();
    Set<String> sawOwnRecords = new LinkedHashSet<>();
    int refusals = 0;
    for (Attempt attempt : attempts) {
      Http.Answer answer =
          http.send(attempt.method(), attempt.path(), attempt.actor().token, attempt.body());
      String outcome = outcome(attempt.dialect(), answer);
      outcomes.merge(outcome, 1, Integer::sum);
      String described =
          attempt.actor()
              + " "
              + attempt.method()
              + " "
              + attempt.path()
              + (attempt.body() == null ? "" : " " + attempt.body())
              + " -> "
              + answer.status()
              + " "
              + abbreviated(answer.body());
      if (attempt.mustBeRefused()) {
        refusals++;
        if (!refused(attempt.dialect(), answer)) {
          notRefused.add(described);
        }
      } else if (answer.status() != 200) {
        notRefused.add("a read that should answer: " + described);
      } else {
        if (attempt.actor().role == Role.EMPLOYEE) {
          othersShown.addAll(othersIn(attempt, answer));
        }
        if (attempt.actor().privateMarkers().stream().anyMatch(answer.body()::contains)) {
          sawOwnRecords.add(attempt.actor().handle);
        }
      }
      String sent = (attempt.path() + " " + attempt.body()).toLowerCase(Locale.ROOT);
      String body = answer.body().toLowerCase(Locale.ROOT);
      for (String secret : attempt.secrets()) {
        String lower = secret.toLowerCase(Locale.ROOT);
        if (body.contains(lower) && !sent.contains(lower)) {
          leaks.add(secret + " in " + described);
        }
      }
    }
    Map<String, String> after = snapshot(alpha, beta);

    Figures.report(
        "matrix",
        String.format(
            "attempts=%d refusals_expected=%d reads=%d not_refused=%d leaks=%d"
                + " others_shown=%d outcomes=%s",
            attempts.size(),
            refusals,
            attempts.size() - refusals,
            notRefused.size(),
            leaks.size(),
            othersShown.size(),
            outcomes));
    assertThat(notRefused).as("attempts answered as if allowed").isEmpty();
    assertThat(leaks).as("answers naming what the caller may not see").isEmpty();
    assertThat(othersShown).as("an employee's reads showing someone else's records").isEmpty();
    assertThat(after).as("both companies' data after every attempt").isEqualTo(before);
    // The markers do reach answers: each actor's reads show the notes of their own records.
    assertThat(sawOwnRecords).hasSize(alpha.people.size() + beta.people.size());
  }

  // --- the attempts ---

  /**
   * Everything the dialects do with a person's days, breaks and timers, aimed at the target: by
   * their number where it names them (not where the actor's company has the same number), and by
   * the ids of their records.
   */
  private List<Attempt> onTheirData(
      Person actor, Person target, boolean byNumber, Set<String> secrets) {
    List<Attempt> attempts = new ArrayList<>();
    Set<String> hidden = new LinkedHashSet<>(secrets);
    hidden.addAll(target.privateMarkers());
    if (byNumber) {
      long n = target.number;
      for (String method :
          List.of("timeman.status", "timeman.settings", "timeman.open", "timeman.pause")) {
        attempts.add(refusal("bitrix", actor, "POST", "/rest/" + method + "?USER_ID=" + n, null));
      }
      attempts.add(
          refusal("bitrix", actor, "POST", "/rest/timeman.close.json", "{\"USER_ID\":" + n + "}"));
      attempts.add(
          refusal(
              "staffomatic",
              actor,
              "POST",
              "/v3/work_timers.json",
              "{\"user_id\":" + n + ",\"do\":\"start\"}"));
      for (String method :
          List.of("clock-in", "clock-out", "lunch-start", "lunch-end", "worklog-stop")) {
        attempts.add(refusal("jsonrpc", actor, method, "{\"employeeNumber\":" + n + "}"));
      }
      attempts.add(
          refusal(
              "jsonrpc",
              actor,
              "worklog-start",
              "{\"employeeNumber\":" + n + ",\"name\":\"taken\",\"externalId\":\"X-1\"}"));
    }
    attempts.add(
        refusal(
            "thebase",
            actor,
            "POST",
            "/v2/timer/start",
            "{\"owner\":\"" + target.decimal() + "\",\"comment\":\"taken\"}"));
    attempts.add(refusal("thebase", actor, "PUT", "/v2/timer/" + target.runningTimer, null));
    attempts.add(refusal("thebase", actor, "PUT", "/v2/timer/" + target.stoppedTimer, null));
    attempts.add(
        refusal("thebase", actor, "GET", "/v2/timer/open?owner=" + target.decimal(), null));

    String closed = "/v3/work_timers/" + target.closedDay + ".json";
    String running = "/v3/work_timers/" + target.runningDay + ".json";
    attempts.add(refusal("staffomatic", actor, "GET", closed, null));
    attempts.add(refusal("staffomatic", actor, "GET", running, null));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "GET",
            "/v3/work_timers/" + target.closedDay + "/break_timers.json",
            null));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "GET",
            "/v3/break_timers/" + target.stoppedBreak + ".json",
            null));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "GET",
            "/v3/break_timers/" + target.runningBreak + ".json",
            null));
    attempts.add(refusal("staffomatic", actor, "PUT", running, "{\"do\":\"stop\"}"));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "PUT",
            "/v3/work_timers.json",
            "{\"timer_id\":" + target.runningDay + ",\"do\":\"stop\"}"));
    attempts.add(refusal("staffomatic", actor, "PUT", closed, "{\"do\":\"verify\"}"));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "PUT",
            closed,
            "{\"starts_at\":\"" + target.closedStart + "\",\"reason\":\"taken\"}"));
    attempts.add(refusal("staffomatic", actor, "DELETE", closed, null));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "POST",
            "/v3/break_timers.json",
            "{\"work_timer_id\":" + target.runningDay + ",\"do\":\"start\"}"));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "POST",
            "/v3/break_timers.json",
            "{\"work_timer_id\":"
                + target.closedDay
                + ",\"starts_at\":\""
                + target.stoppedBreakStart
                + "\",\"ends_at\":\""
                + target.stoppedBreakEnd
                + "\"}"));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "PUT",
            "/v3/break_timers/" + target.runningBreak + ".json",
            "{\"do\":\"stop\"}"));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "PUT",
            "/v3/break_timers/" + target.stoppedBreak + ".json",
            "{\"starts_at\":\""
                + target.stoppedBreakStart
                + "\",\"ends_at\":\""
                + target.stoppedBreakEnd
                + "\",\"reason\":\"taken\"}"));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "PUT",
            "/v3/break_timers.json",
            "{\"work_timer_id\":" + target.runningDay + ",\"do\":\"stop\"}"));
    attempts.add(
        refusal(
            "staffomatic",
            actor,
            "DELETE",
            "/v3/break_timers/" + target.stoppedBreak + ".json",
            "{\"reason\":\"taken\"}"));
    return withSecrets(attempts, hidden);
  }

  /** The management API on another company's person: read, change, place, key them. */
  private List<Attempt> onTheirEmployeeRecord(
      Person actor, Person target, boolean byNumber, Company own, Set<String> secrets) {
    List<Attempt> attempts = new ArrayList<>();
    if (byNumber) {
      String record = "/api/v1/employees/" + target.number;
      attempts.add(refusal("management", actor, "GET", record, null));
      attempts.add(refusal("management", actor, "GET", record + "/policy", null));
      attempts.add(refusal("management", actor, "PATCH", record, "{\"name\":\"Renamed\"}"));
      attempts.add(
          refusal(
              "management",
              actor,
              "PUT",
              record + "/location",
              "{\"locationId\":\"" + own.locationId + "\"}"));
      attempts.add(
          refusal(
              "management",
              actor,
              "POST",
              "/api/v1/keys",
              "{\"employee\":" + target.number + ",\"label\":\"taken\"}"));
      attempts.add(
          refusal(
              "management",
              actor,
              "POST",
              "/api/v1/oauth-clients",
              "{\"employee\":" + target.number + ",\"label\":\"taken\"}"));
    }
    attempts.add(refusal("management", actor, "DELETE", "/api/v1/keys/" + target.keyId, null));
    return withSecrets(attempts, secrets);
  }

  /** Another company's location and policy, by id, through management and Staffomatic. */
  private List<Attempt> onTheirCompany(
      Person actor, Company own, Company other, Set<String> secrets) {
    List<Attempt> attempts = new ArrayList<>();
    String policy = "/api/v1/policies/" + other.policyId;
    String location = "/api/v1/locations/" + other.locationId;
    attempts.add(refusal("management", actor, "GET", policy, null));
    attempts.add(refusal("management", actor, "PUT", policy, POLICY));
    attempts.add(refusal("management", actor, "GET", location, null));
    attempts.add(refusal("management", actor, "PATCH", location, "{\"name\":\"Renamed\"}"));
    attempts.add(
        refusal(
            "management",
            actor,
            "PUT",
            "/api/v1/employees/" + actor.number + "/location",
            "{\"locationId\":\"" + other.locationId + "\"}"));
    attempts.add(
        refusal(
            "management",
            actor,
            "PATCH",
            "/api/v1/employees/" + actor.number,
            "{\"policyId\":\"" + other.policyId + "\"}"));
    attempts.add(
        refusal(
            "management",
            actor,
            "POST",
            "/api/v1/employees",
            "{\"email\":\"new-"
                + actor.handle
                + "@"
                + own.word
                + ".example\",\"name\":\"New\",\"homeZone\":\"UTC\",\"policyId\":\""
                + other.policyId
                + "\"}"));
    for (String kind : List.of("work_timers", "break_timers")) {
      attempts.add(
          refusal(
              "staffomatic",
              actor,
              "GET",
              "/v3/locations/" + other.locationNumber + "/" + kind + ".json",
              null));
    }
    return withSecrets(attempts, secrets);
  }

  /** The management API's writes, which only an admin may make, on the actor's own company. */
  private List<Attempt> managementWrites(Person actor, Company own, Set<String> secrets) {
    List<Attempt> attempts = new ArrayList<>();
    attempts.add(
        refusal(
            "management",
            actor,
            "POST",
            "/api/v1/employees",
            "{\"email\":\"hired-by-"
                + actor.handle
                + "@"
                + own.word
                + ".example\",\"name\":\"Hired\",\"homeZone\":\"UTC\"}"));
    attempts.add(refusal("management", actor, "POST", "/api/v1/policies", POLICY));
    attempts.add(refusal("management", actor, "PUT", "/api/v1/policies/" + own.policyId, POLICY));
    attempts.add(refusal("management", actor, "POST", "/api/v1/locations", "{\"name\":\"New\"}"));
    attempts.add(
        refusal(
            "management",
            actor,
            "PATCH",
            "/api/v1/locations/" + own.locationId,
            "{\"name\":\"Renamed\"}"));
    for (Person target : own.people) {
      String record = "/api/v1/employees/" + target.number;
      attempts.add(refusal("management", actor, "PATCH", record, "{\"name\":\"Renamed\"}"));
      attempts.add(refusal("management", actor, "PATCH", record, "{\"role\":\"admin\"}"));
      attempts.add(
          refusal(
              "management",
              actor,
              "PUT",
              record + "/location",
              "{\"locationId\":\"" + own.locationId + "\"}"));
      attempts.add(
          refusal(
              "management",
              actor,
              "POST",
              "/api/v1/keys",
              "{\"employee\":" + target.number + ",\"label\":\"taken\"}"));
      attempts.add(
          refusal(
              "management",
              actor,
              "POST",
              "/api/v1/oauth-clients",
              "{\"employee\":" + target.number + ",\"label\":\"taken\"}"));
      attempts.add(refusal("management", actor, "DELETE", "/api/v1/keys/" + target.keyId, null));
    }
    return withSecrets(attempts, secrets);
  }

  /** What every actor may read: answered, with nothing of the other company in it. */
  private List<Attempt> reads(Person actor, Company other, Set<String> secrets) {
    List<Attempt> attempts = new ArrayList<>();
    for (String path :
        List.of(
            "/api/v1/employees",
            "/api/v1/employees/1",
            "/api/v1/locations",
            "/api/v1/policies",
            "/v3/work_timers.json",
            "/v3/break_timers.json",
            "/v3/work_timers.json?user_ids%5B%5D=" + other.people.get(3).number,
            "/v3/break_timers.json?user_ids%5B%5D=" + other.people.get(3).number,
            "/v2/timer/open")) {
      attempts.add(read(dialectOf(path), actor, "GET", path, null));
    }
    // The keys are the admins' to list; an employee's schedule is theirs and their managers'.
    attempts.add(
        actor.role == Role.ADMIN
            ? read("management", actor, "GET", "/api/v1/keys", null)
            : refusal("management", actor, "GET", "/api/v1/keys", null));
    attempts.add(
        actor.role == Role.EMPLOYEE
            ? refusal("management", actor, "GET", "/api/v1/employees/1/policy", null)
            : read("management", actor, "GET", "/api/v1/employees/1/policy", null));
    attempts.add(read("bitrix", actor, "POST", "/rest/timeman.status", null));
    attempts.add(read("bitrix", actor, "POST", "/rest/timeman.settings", null));
    for (String method : List.of("sessions", "lunches", "timesheet", "extended-sessions")) {
      attempts.add(
          new Attempt(
              "jsonrpc",
              actor,
              "POST",
              "/api/v1/json-rpc",
              rpcBody(method, Http.aroundToday()),
              Set.of(),
              false));
    }
    attempts.add(
        new Attempt(
            "jsonrpc",
            actor,
            "POST",
            "/api/v1/json-rpc",
            rpcBody("employees", "{}"),
            Set.of(),
            false));
    return withSecrets(attempts, secrets);
  }

  private static String dialectOf(String path) {
    return path.startsWith("/v3/")
        ? "staffomatic"
        : path.startsWith("/v2/") ? "thebase" : "management";
  }

  private static Attempt refusal(
      String dialect, Person actor, String method, String path, String body) {
    return new Attempt(dialect, actor, method, path, body, Set.of(), true);
  }

  private static Attempt refusal(String dialect, Person actor, String rpcMethod, String params) {
    return new Attempt(
        dialect, actor, "POST", "/api/v1/json-rpc", rpcBody(rpcMethod, params), Set.of(), true);
  }

  private static Attempt read(
      String dialect, Person actor, String method, String path, String body) {
    return new Attempt(dialect, actor, method, path, body, Set.of(), false);
  }

  private static List<Attempt> withSecrets(List<Attempt> attempts, Set<String> secrets) {
    return attempts.stream()
        .map(
            a ->
                new Attempt(
                    a.dialect(),
                    a.actor(),
                    a.method(),
                    a.path(),
                    a.body(),
                    Set.copyOf(secrets),
                    a.mustBeRefused()))
        .toList();
  }

  private static String rpcBody(String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
  }

  // --- judging ---

  /**
   * 403 or 404; for JSON-RPC, its forbidden (-32001) or not found (-32002); for Bitrix also the
   * vendor's unknown user, 400 with an empty code and "User not found".
   */
  private static boolean refused(String dialect, Http.Answer answer) {
    if (dialect.equals("bitrix") && answer.status() == 400) {
      JsonNode json = answer.json();
      return json.path("error").isTextual()
          && json.path("error").asText().isEmpty()
          && json.path("error_description").asText().equals("User not found");
    }
    if (dialect.equals("jsonrpc")) {
      JsonNode error = answer.status() == 200 ? answer.json().get("error") : null;
      return error != null
          && (error.get("code").asInt() == -32001 || error.get("code").asInt() == -32002);
    }
    return answer.status() == 403 || answer.status() == 404;
  }

  private static String outcome(String dialect, Http.Answer answer) {
    String code = "";
    try {
      JsonNode json = answer.json();
      JsonNode error = json.get("error");
      if (dialect.equals("jsonrpc")) {
        code = error == null ? "result" : error.get("code").asText();
      } else if (error != null) {
        code = error.asText();
      } else if (json.has("type")) {
        code = json.get("type").asText().replace("urn:worktime:problem:", "");
      }
    } catch (RuntimeException notJson) {
      code = "not-json";
    }
    return dialect + " " + answer.status() + (code.isEmpty() ? "" : " " + code);
  }

  /**
   * In an employee's answered reads of days and timers, every record must be their own: Staffomatic
   * items of their number, TheBase timers of their id, JSON-RPC groups of their number (the
   * directory reads, management and JSON-RPC {@code employees}, list colleagues by design).
   */
  private static List<String> othersIn(Attempt attempt, Http.Answer answer) {
    Person self = attempt.actor();
    List<String> shown = new ArrayList<>();
    JsonNode json = answer.json();
    switch (attempt.dialect()) {
      case "staffomatic" -> {
        for (JsonNode item : json) {
          if (item.get("user_id").asLong() != self.number) {
            shown.add(self + " saw " + item + " in " + attempt.path());
          }
        }
      }
      case "thebase" -> {
        for (JsonNode item : json.get("items")) {
          if (!item.get("owner").asText().equals(self.decimal())) {
            shown.add(self + " saw " + item + " in " + attempt.path());
          }
        }
      }
      case "jsonrpc" -> {
        if (!attempt.body().contains("\"employees\"")) {
          for (JsonNode group : json.get("result")) {
            if (group.get("employeeNumber").asLong() != self.number) {
              shown.add(
                  self + " saw employee " + group.get("employeeNumber") + " in " + attempt.body());
            }
          }
        }
      }
      default -> {
        // Bitrix answers about the caller only; management reads are the directory.
      }
    }
    return shown;
  }

  private static String abbreviated(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "...";
  }

  // --- the two companies ---

  /**
   * A company as its admin sets it up (the tenant in-process, as a product embedding worktime does;
   * everything else over HTTP): its people, their keys, a location and a policy, and what each
   * person records for themselves.
   */
  private Company company(String word, long firstNumber) throws Exception {
    Company company = new Company(word);
    String title = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    Actor admin =
        engine
            .tenantSetup()
            .createTenant("admin@" + word + ".example", title + " Admin", ZoneId.of("UTC"))
            .get();
    Request asAdmin = Request.of(admin, Channel.CLI);
    Person first = new Person(word + "-admin", 1, Role.ADMIN);
    first.id = admin.employee();
    company.people.add(first);
    List<Person> staff =
        List.of(
            new Person(word + "-manager", firstNumber, Role.MANAGER),
            new Person(word + "-employee-" + (firstNumber + 1), firstNumber + 1, Role.EMPLOYEE),
            new Person(word + "-employee-" + (firstNumber + 2), firstNumber + 2, Role.EMPLOYEE));
    for (Person person : staff) {
      Employee added =
          engine
              .employees()
              .add(
                  asAdmin,
                  new NewEmployee(
                      Option.some(person.number),
                      person.handle + "@" + word + ".example",
                      title + " " + person.handle,
                      ZoneId.of("UTC"),
                      person.role,
                      Option.none()))
              .get();
      person.id = added.id();
      company.people.add(person);
    }
    for (Person person : company.people) {
      ApiKeysUseCase.Issued issued =
          engine.apiKeys().issue(asAdmin, person.id, person.handle, Option.none()).get();
      person.token = issued.token();
      person.keyId = issued.key().id().toString();
    }
    String adminToken = first.token;
    company.locationId =
        http.created("/api/v1/locations", adminToken, "{\"name\":\"" + title + " HQ\"}")
            .get("id")
            .asText();
    company.policyId = http.created("/api/v1/policies", adminToken, POLICY).get("id").asText();
    for (Person person : company.people) {
      expect(
          200,
          http.send(
              "PUT",
              "/api/v1/employees/" + person.number + "/location",
              adminToken,
              "{\"locationId\":\"" + company.locationId + "\"}"));
      record(person);
    }
    numberRecords(company, adminToken);

    company.markers.add(word);
    company.markers.add(company.locationId);
    company.markers.add(company.policyId);
    for (JsonNode policy :
        ok(http.send("GET", "/api/v1/policies", adminToken, null)).get("items")) {
      company.markers.add(policy.get("id").asText());
    }
    for (Person person : company.people) {
      company.markers.addAll(
          List.of(
              person.uuid(),
              person.decimal(),
              person.keyId,
              person.stoppedTimer,
              person.runningTimer,
              person.token));
      company.markers.addAll(person.privateMarkers());
    }
    return company;
  }

  /**
   * A person's own records, each through the dialect that does it: through JSON-RPC a day with a
   * lunch, closed, and a day on a lunch; through TheBase a stopped and a running timer.
   */
  private void record(Person person) throws Exception {
    String h = person.handle;
    for (String[] call :
        new String[][] {
          {"clock-in", "{\"note\":\"note-of-" + h + "\"}"},
          {"lunch-start", "{}"},
          {"lunch-end", "{}"},
          {"clock-out", "{\"note\":\"endnote-of-" + h + "\"}"},
          {"clock-in", "{\"note\":\"note2-of-" + h + "\"}"},
          {"lunch-start", "{}"}
        }) {
      Http.Answer answer = http.rpc(person.token, call[0], call[1]);
      assertThat(answer.json().has("result")).as(call[0] + ": " + answer.body()).isTrue();
    }
    person.stoppedTimer = startTimer(person, "acct-of-" + h, "comment-of-" + h);
    expect(200, http.send("PUT", "/v2/timer/" + person.stoppedTimer, person.token, null));
    person.runningTimer = startTimer(person, "acct2-of-" + h, "comment2-of-" + h);
  }

  private String startTimer(Person person, String account, String comment) throws Exception {
    Http.Answer started =
        http.send(
            "POST",
            "/v2/timer/start",
            person.token,
            "{\"owner\":\""
                + person.decimal()
                + "\",\"account_id\":\""
                + account
                + "\",\"comment\":\""
                + comment
                + "\"}");
    expect(201, started);
    return started.json().get("id").asText();
  }

  /** The Staffomatic numbers of everyone's days and breaks, as their admin lists them. */
  private void numberRecords(Company company, String adminToken) throws Exception {
    JsonNode days = ok(http.send("GET", "/v3/work_timers.json", adminToken, null));
    JsonNode breaks = ok(http.send("GET", "/v3/break_timers.json", adminToken, null));
    for (Person person : company.people) {
      for (JsonNode day : days) {
        if (day.get("user_id").asLong() != person.number) {
          continue;
        }
        company.locationNumber = day.get("location_id").asLong();
        if (day.get("state").asText().equals("running")) {
          person.runningDay = day.get("id").asLong();
        } else {
          person.closedDay = day.get("id").asLong();
          person.closedStart = day.get("starts_at").asText();
        }
      }
      for (JsonNode lunch : breaks) {
        long day = lunch.get("work_timer_id").asLong();
        if (day == person.runningDay) {
          person.runningBreak = lunch.get("id").asLong();
        } else if (day == person.closedDay) {
          person.stoppedBreak = lunch.get("id").asLong();
          person.stoppedBreakStart = lunch.get("starts_at").asText();
          person.stoppedBreakEnd = lunch.get("ends_at").asText();
        }
      }
      assertThat(
              List.of(
                  person.runningDay, person.closedDay, person.runningBreak, person.stoppedBreak))
          .as("%s's days and breaks", person)
          .allMatch(number -> number > 0);
    }
  }

  /** Both companies' records as their admins read them (no figure that counts up with time). */
  private Map<String, String> snapshot(Company... companies) throws Exception {
    Map<String, String> all = new TreeMap<>();
    for (Company company : companies) {
      String admin = company.people.get(0).token;
      for (String path :
          List.of(
              "/api/v1/employees",
              "/api/v1/locations",
              "/api/v1/policies",
              "/api/v1/keys",
              "/v2/timer/open")) {
        all.put(company.word + " " + path, ok(http.send("GET", path, admin, null)).toString());
      }
      all.put(
          company.word + " timesheet",
          ok(http.rpc(admin, "timesheet", Http.aroundToday())).toString());
      for (Person person : company.people) {
        JsonNode status = ok(http.post("/rest/timeman.status", person.token)).get("result");
        all.put(
            company.word + " " + person + " status",
            status.get("STATUS").asText() + " " + status.get("TIME_START").asText());
      }
    }
    return all;
  }

  private static JsonNode ok(Http.Answer answer) {
    return expect(200, answer).json();
  }

  private static Http.Answer expect(int status, Http.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    return answer;
  }
}
