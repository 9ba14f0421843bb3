package org.worktime.adapters.jsonrpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The response object to one call, written straight to the output: {@link #result()} opens it on
 * first use ({@code {"jsonrpc": "2.0", "id": ..., "result":}}) so that a method streams its result
 * into it, and a refusal found before anything was written still becomes an error response.
 */
public final class Reply {

  private final JsonGenerator json;
  private final JsonNode id;
  private boolean started;

  /**
   * The response to the call with {@code id}, written to {@code json}. The endpoint makes one per
   * call; public so that a {@link Method} can also be run outside the endpoint, as the benchmarks
   * do to measure a timesheet's encoding without HTTP.
   */
  public Reply(JsonGenerator json, JsonNode id) {
    this.json = json;
    this.id = id;
  }

  /** The generator, positioned where the result's value goes. */
  public JsonGenerator result() throws IOException {
    if (!started) {
      started = true;
      open();
      json.writeFieldName("result");
    }
    return json;
  }

  boolean started() {
    return started;
  }

  void finish() throws IOException {
    json.writeEndObject();
  }

  void error(RpcError error) throws IOException {
    if (started) {
      throw new IllegalStateException("the result was already being written");
    }
    started = true;
    open();
    json.writeFieldName("error");
    error.writeTo(json);
    json.writeEndObject();
  }

  private void open() throws IOException {
    json.writeStartObject();
    json.writeStringField("jsonrpc", "2.0");
    json.writeFieldName("id");
    json.writeTree(id);
  }
}
