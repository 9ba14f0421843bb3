package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.rest.metrics.RequestFamily;

class JsonRpcMountTest {

  @Test
  void requestsToTheMountedJsonRpcServiceAreTimedAsTheJsonRpcDialect() {
    assertThat(RequestFamily.of(JsonRpcEndpoint.PATH)).isEqualTo(RequestFamily.JSONRPC);
  }
}
