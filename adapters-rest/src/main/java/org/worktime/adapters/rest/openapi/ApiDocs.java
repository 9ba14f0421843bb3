package org.worktime.adapters.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Json;

/**
 * The API documentation, without credentials (a document tells nothing about a company): each
 * OpenAPI document at {@code GET /openapi/{name}.json}, and Swagger UI at {@code GET /openapi} with
 * a selector of every document. Swagger UI's files come from the class path under {@code
 * /openapi/ui/}; its validator badge, which would send the document to an outside service, is off.
 * Anything else under {@code /openapi/} is a 404 in RFC 9457's neutral problem shape, as no dialect
 * owns these paths.
 */
public final class ApiDocs {

  public static final String PATH = "/openapi";

  private static final String UI = "ui/";
  private static final String INITIALIZER = "swagger-initializer.js";
  private static final String HTML = "text/html; charset=utf-8";
  private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
  private static final ObjectMapper READER = new ObjectMapper();

  private final Seq<ApiDocument> documents;
  private final SwaggerUiFiles files;
  private final byte[] page;
  private final byte[] initializer;

  public ApiDocs(Seq<ApiDocument> documents) {
    if (documents.map(ApiDocument::name).distinct().size() != documents.size()) {
      throw new IllegalArgumentException("two API documents have the same name");
    }
    this.documents = documents;
    this.files = SwaggerUiFiles.onTheClassPath();
    this.page =
        ApiDocument.resource(ApiDocs.class, "/openapi/index.html").getBytes(StandardCharsets.UTF_8);
    this.initializer = initializer(documents).getBytes(StandardCharsets.UTF_8);
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, ctx -> send(ctx, HTML, page));
    routes.get(PATH + "/<file>", this::file);
  }

  private void file(Context ctx) {
    String file = ctx.pathParam("file");
    if (file.equals(UI + INITIALIZER)) {
      send(ctx, JAVASCRIPT, initializer);
      return;
    }
    if (file.startsWith(UI)) {
      Option<SwaggerUiFiles.File> found = files.find(file.substring(UI.length()));
      if (found.isDefined()) {
        send(ctx, found.get().contentType(), found.get().bytes());
      } else {
        notFound(ctx, "Swagger UI has no file " + file.substring(UI.length()));
      }
      return;
    }
    Option<ApiDocument> document =
        file.endsWith(".json")
            ? documents.find(d -> (d.name() + ".json").equals(file))
            : Option.none();
    if (document.isDefined()) {
      send(ctx, Json.CONTENT_TYPE, document.get().json().getBytes(StandardCharsets.UTF_8));
    } else {
      notFound(
          ctx,
          "no API document "
              + file
              + "; the documents are "
              + documents.map(d -> PATH + "/" + d.name() + ".json").mkString(", "));
    }
  }

  private static void send(Context ctx, String contentType, byte[] bytes) {
    ctx.attribute(Json.ANSWERED, Boolean.TRUE);
    ctx.status(200);
    if (!contentType.contains("charset")) {
      // An image has no charset; without this the servlet response appends the UTF-8 it defaults
      // to.
      ctx.res().setCharacterEncoding(null);
    }
    ctx.contentType(contentType);
    ctx.result(bytes);
  }

  private static void notFound(Context ctx, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Not Found");
    problem.put("status", 404);
    problem.put("detail", detail);
    Json.send(ctx, new Answer(404, problem, Json.PROBLEM_CONTENT_TYPE));
  }

  /**
   * Swagger UI's start: one entry per document in the selector, named by its {@code info.title}.
   * Replaces the webjar's own initializer, which would load the petstore example from the internet.
   */
  private static String initializer(Seq<ApiDocument> documents) {
    List<Map<String, String>> urls = new ArrayList<>();
    for (ApiDocument document : documents) {
      Map<String, String> url = new LinkedHashMap<>();
      url.put("url", PATH + "/" + document.name() + ".json");
      url.put("name", title(document));
      urls.add(url);
    }
    // Run at once, not on window.onload: the page loads this last, after the element it fills.
    return "window.ui = SwaggerUIBundle({\n"
        + "  urls: "
        + new String(Json.write(urls), StandardCharsets.UTF_8)
        + ",\n"
        + "  dom_id: \"#swagger-ui\",\n"
        + "  deepLinking: true,\n"
        + "  validatorUrl: null,\n"
        + "  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],\n"
        + "  plugins: [SwaggerUIBundle.plugins.DownloadUrl],\n"
        + "  layout: \"StandaloneLayout\"\n"
        + "});\n";
  }

  private static String title(ApiDocument document) {
    try {
      JsonNode title = READER.readTree(document.json()).path("info").path("title");
      if (!title.isTextual()) {
        throw new IllegalArgumentException("the API document " + document.name() + " has no title");
      }
      return title.textValue();
    } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
      throw new IllegalArgumentException(
          "the API document " + document.name() + " is not JSON", malformed);
    }
  }
}
