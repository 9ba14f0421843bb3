package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;

class ListingOpenTimersTest extends TheBaseFixture {

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  private static String link(JsonNode page, String rel) {
    for (JsonNode link : page.get("links")) {
      if (link.get("rel").asText().equals(rel)) {
        return link.get("href").asText();
      }
    }
    return null;
  }

  /** Five employees of Dana's tenant with a running timer each, a second apart; their ids. */
  private List<String> fiveRunningTimers() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Employee someone =
          engine
              .employees()
              .add(
                  asAdmin,
                  new NewEmployee(
                      Option.none(),
                      "e" + i + "@example.com",
                      "E" + i,
                      JERUSALEM,
                      Role.EMPLOYEE,
                      Option.none()))
              .get();
      ids.add(started(miriToken, someone));
      clock.advance(Duration.ofSeconds(1));
    }
    return ids;
  }

  @Test
  void withoutRunningTimersTheListIsEmptyAndHasNoMore() {
    JsonNode page = open(danaToken, "").ok();

    assertThat(page.get("items").size()).isZero();
    assertThat(page.get("hasMore").asBoolean()).isFalse();
    assertThat(page.get("limit").asInt()).isEqualTo(25);
    assertThat(page.get("offset").asInt()).isZero();
    assertThat(page.get("count").asInt()).isZero();
    assertThat(link(page, "self")).isEqualTo("/v2/timer/open?limit=25&offset=0");
    assertThat(link(page, "next")).isNull();
  }

  @Test
  void aRunningTimerIsListedWithItsIdAccountUtcStartAndComment() {
    clock.advance(Duration.ofMillis(750));
    String id =
        start(
                danaToken,
                "{\"owner\": \""
                    + decimal(dana)
                    + "\", \"account_id\": \"A-1\", \"comment\": \"my first timer\"}")
            .created()
            .get("id")
            .asText();

    JsonNode item = open(danaToken, "").ok().get("items").get(0);

    assertThat(item.get("id").asText()).isEqualTo(id);
    assertThat(item.get("owner").asText()).isEqualTo(decimal(dana));
    assertThat(item.get("account_id").asText()).isEqualTo("A-1");
    assertThat(item.get("start_time").asText()).isEqualTo("2021-09-22T16:33:08Z");
    assertThat(item.get("comment").asText()).isEqualTo("my first timer");
  }

  @Test
  void aTimerWithoutAccountOrCommentListsThemAsNull() {
    started(danaToken, dana);

    JsonNode item = open(danaToken, "").ok().get("items").get(0);

    assertThat(item.get("account_id").isNull()).isTrue();
    assertThat(item.get("comment").isNull()).isTrue();
  }

  @Test
  void pagesFollowTheNextLinkOldestFirstUntilHasMoreIsFalse() {
    List<String> all = fiveRunningTimers();

    JsonNode first = open(miriToken, "limit=2").ok();
    assertThat(ids(first)).isEqualTo(all.subList(0, 2));
    assertThat(first.get("hasMore").asBoolean()).isTrue();
    assertThat(first.get("count").asInt()).isEqualTo(2);
    assertThat(link(first, "next")).isEqualTo("/v2/timer/open?limit=2&offset=2");
    assertThat(link(first, "prev")).isNull();

    JsonNode second = open(miriToken, "limit=2&offset=2").ok();
    assertThat(ids(second)).isEqualTo(all.subList(2, 4));
    assertThat(link(second, "prev")).isEqualTo("/v2/timer/open?limit=2&offset=0");
    assertThat(link(second, "first")).isEqualTo("/v2/timer/open?limit=2&offset=0");

    JsonNode last = open(miriToken, link(second, "next").split("\\?")[1]).ok();
    assertThat(ids(last)).isEqualTo(all.subList(4, 5));
    assertThat(last.get("hasMore").asBoolean()).isFalse();
    assertThat(last.get("offset").asInt()).isEqualTo(4);
    assertThat(link(last, "next")).isNull();
  }

  @Test
  void aLimitAboveOneHundredIsLoweredToOneHundred() {
    assertThat(open(miriToken, "limit=1000").ok().get("limit").asInt()).isEqualTo(100);
  }

  @Test
  void aLimitOrOffsetThatIsNotACountIsABadRequest() {
    for (String query :
        new String[] {"limit=0", "limit=-1", "limit=abc", "limit=2.5", "offset=-1", "offset=x"}) {
      open(miriToken, query).isError(400, "invalid_parameter");
    }
  }

  @Test
  void stoppedTimersAreNotListed() {
    String id = started(danaToken, dana);
    stop(danaToken, id).ok();

    assertThat(open(danaToken, "").ok().get("items").size()).isZero();
  }

  @Test
  void anEmployeeSeesOnlyTheirOwnTimers() {
    String danas = started(danaToken, dana);
    started(eliToken, eli);

    assertThat(ids(open(danaToken, "").ok())).containsExactly(danas);
  }

  @Test
  void aManagerSeesTheTenantsTimersOrOneOwners() {
    String danas = started(danaToken, dana);
    clock.advance(Duration.ofSeconds(1));
    String elis = started(eliToken, eli);
    started(ottoToken, otto);

    assertThat(ids(open(miriToken, "").ok())).containsExactly(danas, elis);
    JsonNode onlyEli = open(miriToken, "owner=" + decimal(eli)).ok();
    assertThat(ids(onlyEli)).containsExactly(elis);
    assertThat(link(onlyEli, "self"))
        .isEqualTo("/v2/timer/open?owner=" + decimal(eli) + "&limit=25&offset=0");
  }

  @Test
  void anEmployeeCannotListAColleaguesTimers() {
    open(danaToken, "owner=" + decimal(eli)).isError(403, "forbidden");
  }

  @Test
  void anOwnerOfAnotherTenantIsNotFoundAndAMalformedOwnerIsABadRequest() {
    open(miriToken, "owner=" + decimal(otto)).isError(404, "owner_not_found");
    open(miriToken, "owner=miri").isError(400, "invalid_parameter");
  }
}
