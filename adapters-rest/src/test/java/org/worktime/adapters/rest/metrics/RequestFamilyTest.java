package org.worktime.adapters.rest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFamilyTest {

  @Test
  void eachDialectIsKnownByItsPrefixAndAnythingElseIsOther() {
    assertThat(RequestFamily.of("/rest/timeman.open").tag()).isEqualTo("bitrix");
    assertThat(RequestFamily.of("/rest/timeman.open.json").tag()).isEqualTo("bitrix");
    assertThat(RequestFamily.of("/v2/attendances/clock_in").tag()).isEqualTo("thebase");
    assertThat(RequestFamily.of("/oauth/token").tag()).isEqualTo("oauth");
    assertThat(RequestFamily.of("/v3/users/42/absences").tag()).isEqualTo("staffomatic");
    assertThat(RequestFamily.of("/api/v1/json-rpc").tag()).isEqualTo("jsonrpc");
    assertThat(RequestFamily.of("/api/v1/employees/5").tag()).isEqualTo("management");
    assertThat(RequestFamily.of("/api/v1/json-rpc/").tag()).isEqualTo("jsonrpc");
    assertThat(RequestFamily.of("/health/ready").tag()).isEqualTo("health");
    assertThat(RequestFamily.of("/metrics").tag()).isEqualTo("metrics");
    assertThat(RequestFamily.of("/openapi").tag()).isEqualTo("openapi");
    assertThat(RequestFamily.of("/openapi/staffomatic.json").tag()).isEqualTo("openapi");
    assertThat(RequestFamily.of("/openapi/ui/swagger-ui-bundle.js").tag()).isEqualTo("openapi");
    assertThat(RequestFamily.of("/openapi.json").tag()).isEqualTo("other");
    assertThat(RequestFamily.of("/").tag()).isEqualTo("other");
    assertThat(RequestFamily.of("/restless").tag()).isEqualTo("other");
    assertThat(RequestFamily.of("/metrics.json").tag()).isEqualTo("other");
    assertThat(RequestFamily.of("").tag()).isEqualTo("other");
  }
}
