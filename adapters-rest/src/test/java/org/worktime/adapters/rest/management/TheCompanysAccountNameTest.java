package org.worktime.adapters.rest.management;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/company}: the account name Staffomatic clients put in their paths, read by anyone
 * of the company, set by an admin, never another company's.
 */
class TheCompanysAccountNameTest extends ManagementFixture {

  @Test
  void anAdminSetsItAndEveryoneOfTheCompanyReadsIt() {
    assertThat(get(eveToken, "/api/v1/company").is(200).get("slug").isNull()).isTrue();

    assertThat(
            put(adaToken, "/api/v1/company", "{\"slug\": \"Acme-Berlin\"}")
                .is(200)
                .get("slug")
                .asText())
        .isEqualTo("acme-berlin");

    assertThat(get(eveToken, "/api/v1/company").is(200).get("slug").asText())
        .isEqualTo("acme-berlin");
    assertThat(get(zedToken, "/api/v1/company").is(200).get("slug").isNull()).isTrue();
  }

  @Test
  void anotherCompanysNameIsAConflict() {
    put(adaToken, "/api/v1/company", "{\"slug\": \"acme\"}").is(200);

    put(zedToken, "/api/v1/company", "{\"slug\": \"acme\"}").isProblem(409, "conflict");
    assertThat(get(zedToken, "/api/v1/company").is(200).get("slug").isNull()).isTrue();
  }

  @Test
  void onlyAnAdminSetsIt() {
    put(maxToken, "/api/v1/company", "{\"slug\": \"acme\"}").isProblem(403, "forbidden");
    put(eveToken, "/api/v1/company", "{\"slug\": \"acme\"}").isProblem(403, "forbidden");
  }

  @Test
  void aMalformedNameIsRefused() {
    for (String slug :
        new String[] {"", "-acme", "acme-", "ac me", "äcme", "a".repeat(64), "a.b"}) {
      put(adaToken, "/api/v1/company", "{\"slug\": \"" + slug + "\"}")
          .isProblem(400, "invalid-value");
    }
    put(adaToken, "/api/v1/company", "{}").isProblem(400, "invalid-fields");
  }
}
