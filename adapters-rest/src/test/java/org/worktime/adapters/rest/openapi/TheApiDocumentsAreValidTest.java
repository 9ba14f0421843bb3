package org.worktime.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

class TheApiDocumentsAreValidTest extends ApiFixture {

  @Test
  void eachDialectHasItsDocument() {
    assertThat(server.apiDocuments().map(ApiDocument::name))
        .containsExactly("bitrix", "thebase", "staffomatic", "management");
  }

  @Test
  void everyServedDocumentIsOpenApi31WithoutOneValidationMessage() {
    for (ApiDocument document : server.apiDocuments()) {
      Reply served = send("GET", "/openapi/" + document.name() + ".json", null, null, null);
      assertThat(served.status()).isEqualTo(200);
      assertThat(served.contentType().replace(" ", "")).isEqualTo("application/json;charset=utf-8");
      assertThat(served.text()).isEqualTo(document.json());

      SwaggerParseResult parsed = DocumentedAnswers.parse(served.text());

      assertThat(parsed.getMessages()).as(document.name()).isEmpty();
      assertThat(parsed.getOpenAPI().getOpenapi()).as(document.name()).startsWith("3.1.");
      assertThat(parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
      assertThat(parsed.getOpenAPI().getPaths()).as(document.name()).isNotEmpty();
    }
  }

  /** The check above would be worth nothing if the parser took anything. */
  @Test
  void theParserReportsABrokenDocument() {
    String broken =
        "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"broken\", \"version\": \"1\"},"
            + " \"paths\": {\"/x/{id}\": {\"get\": {\"responses\": {\"200\":"
            + " {\"$ref\": \"#/components/responses/Missing\"}}}}}}";

    assertThat(DocumentedAnswers.parse(broken).getMessages()).isNotEmpty();
  }
}
