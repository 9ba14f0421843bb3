package org.worktime.adapters.rest.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class WhoMayManageWhatTest extends ManagementFixture {

  @Test
  void aNonAdminGetsForbiddenOnEveryWrite() {
    String employee =
        "{\"email\":\"x@acme.example\",\"name\":\"X\",\"homeZone\":\"Europe/Berlin\"}";
    for (String token : new String[] {eveToken, maxToken}) {
      post(token, "/api/v1/employees", employee).isProblem(403, "forbidden");
      patch(token, "/api/v1/employees/" + eve.number(), "{\"name\":\"Evil\"}")
          .isProblem(403, "forbidden");
      post(token, "/api/v1/policies", "{\"schedule\":{\"type\":\"flexible\"}}")
          .isProblem(403, "forbidden");
      post(token, "/api/v1/locations", "{\"name\":\"Attic\"}").isProblem(403, "forbidden");
      post(token, "/api/v1/keys", "{\"employee\":1,\"label\":\"mine\"}")
          .isProblem(403, "forbidden");
      post(token, "/api/v1/oauth-clients", "{\"employee\":1,\"label\":\"mine\"}")
          .isProblem(403, "forbidden");
    }
    assertThat(get(eveToken, "/api/v1/employees/" + eve.number()).is(200).get("name").asText())
        .isEqualTo("eve@acme.example");
  }

  @Test
  void withoutATokenOrWithABadOneTheAnswerIsUnauthenticated() {
    Reply none = get(null, "/api/v1/employees");
    none.isProblem(401, "unauthenticated");
    get("wt_nonsense", "/api/v1/employees").isProblem(401, "unauthenticated");
  }

  @Test
  void anotherCompanysRecordsAreNotFound() {
    String policyId =
        post(adaToken, "/api/v1/policies", "{\"schedule\":{\"type\":\"flexible\"}}")
            .is(201)
            .get("id")
            .asText();
    String locationId =
        post(adaToken, "/api/v1/locations", "{\"name\":\"Acme HQ\"}").is(201).get("id").asText();
    String keyId =
        post(adaToken, "/api/v1/keys", "{\"employee\":" + eve.number() + ",\"label\":\"k\"}")
            .is(201)
            .get("id")
            .asText();

    get(zedToken, "/api/v1/policies/" + policyId).isProblem(404, "not-found");
    put(zedToken, "/api/v1/policies/" + policyId, "{\"schedule\":{\"type\":\"flexible\"}}")
        .isProblem(404, "not-found");
    patch(zedToken, "/api/v1/locations/" + locationId, "{\"name\":\"Mine\"}")
        .isProblem(404, "not-found");
    delete(zedToken, "/api/v1/keys/" + keyId).isProblem(404, "not-found");
    get(zedToken, "/api/v1/employees/" + eve.number()).isProblem(404, "not-found");
    put(zedToken, "/api/v1/employees/1/location", "{\"locationId\":\"" + locationId + "\"}")
        .isProblem(404, "not-found");

    JsonNode theirs = get(zedToken, "/api/v1/employees").is(200).get("items");
    assertThat(theirs).hasSize(1);
    assertThat(theirs.get(0).get("email").asText()).isEqualTo("zed@globex.example");
    assertThat(get(zedToken, "/api/v1/keys").is(200).toString()).doesNotContain(keyId);
  }

  @Test
  void theJsonRpcPathIsNotTheManagementApis() {
    Reply rpc = post(adaToken, "/api/v1/json-rpc", "{}");
    assertThat(rpc.contentType()).doesNotContain("problem+json");
  }
}
