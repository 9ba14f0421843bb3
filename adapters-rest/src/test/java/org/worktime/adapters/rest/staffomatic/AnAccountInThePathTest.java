package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code /v3/<account>/...}, as the vendor's README and both clients build their base URL: the
 * account is the company's slug; a path without one keeps working; any other name is a 404 that
 * says nothing of which accounts exist.
 */
class AnAccountInThePathTest extends StaffomaticFixture {

  @Test
  void theCompanysOwnAccountServesWhatThePathWithoutOneServes() {
    name(asAdmin, "werk-sued");
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    Reply inAccount = get("werk-sued/work_timers/" + id + ".json", noraToken);
    Reply without = get("work_timers/" + id + ".json", noraToken);

    assertThat(inAccount.ok(200).get("id").asLong()).isEqualTo(id);
    assertThat(inAccount.text()).isEqualTo(without.text());
    assertThat(post("werk-sued/work_timers.json", oleToken, "{\"do\": \"start\"}").status())
        .isEqualTo(201);
  }

  @Test
  void theAccountNameIsReadInAnyCaseAsHostNamesAre() {
    name(asAdmin, "werk-sued");

    assertThat(get("Werk-Sued/work_timers.json", noraToken).status()).isEqualTo(200);
  }

  @Test
  void anotherCompanysAccountAndNoOnesAreTheSame404() {
    name(asAdmin, "werk-sued");
    name(asOtherAdmin, "zed-ag");

    Reply others = get("zed-ag/work_timers.json", noraToken).isError(404, "not_found");
    Reply nobodys = get("no-such-company/work_timers.json", noraToken).isError(404, "not_found");

    assertThat(others.text()).isEqualTo(nobodys.text()).doesNotContain("zed");
    assertThat(get("werk-sued/work_timers.json", zoeToken).status()).isEqualTo(404);
  }

  @Test
  void beforeTheCompanyHasAnAccountNameEveryAccountPathIs404() {
    get("werk-sued/work_timers.json", noraToken).isError(404, "not_found");
    assertThat(get("work_timers.json", noraToken).status()).isEqualTo(200);
  }

  @Test
  void aWrongAccountIsAnsweredOnlyAfterTheCredentials() {
    name(asAdmin, "werk-sued");

    get("zed-ag/work_timers.json", null).isError(401, "unauthorized");
    get("zed-ag/work_timers.json", "wt_not-a-key").isError(401, "unauthorized");
  }

  @Test
  void twoCompaniesCannotShareAnAccountName() {
    name(asAdmin, "werk-sued");

    assertThat(
            engine
                .companyAccount()
                .setSlug(
                    asOtherAdmin, org.worktime.domain.employee.CompanySlug.of("werk-sued").get())
                .getLeft())
        .isInstanceOf(org.worktime.application.Refusal.Conflict.class);
    assertThat(engine.companyAccount().slug(asOtherAdmin).get()).isEmpty();
  }

  @Test
  void onlyAnAdminSetsTheAccountName() {
    org.worktime.application.Request asNora =
        org.worktime.application.Request.of(
            engine.authenticate().authenticate(noraToken).get(),
            org.worktime.application.Channel.EMBEDDED);

    assertThat(
            engine
                .companyAccount()
                .setSlug(asNora, org.worktime.domain.employee.CompanySlug.of("mine").get())
                .getLeft())
        .isInstanceOf(org.worktime.application.Refusal.Forbidden.class);
  }
}
