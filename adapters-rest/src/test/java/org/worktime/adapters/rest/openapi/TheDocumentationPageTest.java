package org.worktime.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Swagger UI at {@code /openapi}: its page and every file it loads, from this server alone. */
class TheDocumentationPageTest extends ApiFixture {

  private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
  private static final Pattern URLS = Pattern.compile("urls: (\\[.*?\\]),\\n");

  @Test
  void thePageLoadsSwaggerUiFromThisServerWithoutCredentials() {
    Reply page = send("GET", "/openapi", null, null, null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
    List<String> loaded = new ArrayList<>();
    Matcher files = LOADED.matcher(page.text());
    while (files.find()) {
      loaded.add(files.group(1));
    }
    assertThat(loaded)
        .contains(
            "/openapi/ui/swagger-ui.css",
            "/openapi/ui/swagger-ui-bundle.js",
            "/openapi/ui/swagger-ui-standalone-preset.js",
            "/openapi/ui/swagger-initializer.js")
        .allMatch(path -> path.startsWith("/openapi/ui/"), "served here, not by another host");
    for (String path : loaded) {
      Reply file = send("GET", path, null, null, null);
      assertThat(file.status()).as(path).isEqualTo(200);
      assertThat(file.body()).as(path).isNotEmpty();
      assertThat(file.contentType().replace(" ", ""))
          .as(path)
          .isEqualTo(
              path.endsWith(".js")
                  ? "text/javascript;charset=utf-8"
                  : path.endsWith(".css") ? "text/css;charset=utf-8" : "image/png");
    }
    assertThat(send("GET", "/openapi/ui/swagger-ui-bundle.js", null, null, null).text())
        .contains("SwaggerUIBundle");
  }

  @Test
  void theSelectorListsEveryDocumentByItsTitleAndTheValidatorBadgeIsOff() throws Exception {
    String initializer = send("GET", "/openapi/ui/swagger-initializer.js", null, null, null).text();

    assertThat(initializer).contains("validatorUrl: null").doesNotContain("petstore");
    Matcher urls = URLS.matcher(initializer);
    assertThat(urls.find()).as(initializer).isTrue();
    JsonNode selector = JSON.readTree(urls.group(1));
    assertThat(selector).hasSize(server.apiDocuments().size());
    for (JsonNode entry : selector) {
      Reply document = send("GET", entry.get("url").asText(), null, null, null);
      assertThat(document.status()).isEqualTo(200);
      assertThat(entry.get("name").asText())
          .isNotBlank()
          .isEqualTo(document.json().at("/info/title").asText());
    }
    assertThat(selector.findValuesAsText("url"))
        .containsExactly(
            "/openapi/bitrix.json",
            "/openapi/thebase.json",
            "/openapi/staffomatic.json",
            "/openapi/management.json");
  }

  @Test
  void anUnknownDocumentOrFileIsANeutralProblem() {
    for (String path :
        List.of(
            "/openapi/timeclock.json",
            "/openapi/bitrix",
            "/openapi/ui/nothing.js",
            "/openapi/ui/../../META-INF/MANIFEST.MF",
            "/openapi/ui/%2E%2E%2Fopenapi%2Fbitrix.json",
            "/openapi/ui/index.html.map")) {
      Reply reply = send("GET", path, null, null, null);

      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.contentType().replace(" ", ""))
          .as(path)
          .isEqualTo("application/problem+json;charset=utf-8");
      assertThat(reply.json().get("type").asText()).isEqualTo("about:blank");
      assertThat(reply.json().get("status").asInt()).isEqualTo(404);
      assertThat(reply.json().get("detail").asText()).isNotBlank();
    }
    assertThat(send("GET", "/openapi/nope.json", null, null, null).json().get("detail").asText())
        .contains("/openapi/bitrix.json", "/openapi/management.json");
  }

  @Test
  void documentationRequestsAreTimedAsTheirOwnFamilyNeverByPath() throws Exception {
    send("GET", "/openapi", null, null, null);
    send("GET", "/openapi/staffomatic.json", null, null, null);
    send("GET", "/openapi/ui/swagger-ui.css", null, null, null);

    String metrics = send("GET", "/metrics", null, null, null).text();
    // A request is counted after its answer is sent, so the count may trail the client a little.
    for (int i = 0; i < 100 && !metrics.contains("dialect=\"openapi\""); i++) {
      Thread.sleep(20);
      metrics = send("GET", "/metrics", null, null, null).text();
    }

    assertThat(metrics)
        .contains("dialect=\"openapi\"")
        .doesNotContain("staffomatic.json")
        .doesNotContain("swagger-ui")
        .doesNotContain("/openapi");
  }
}
