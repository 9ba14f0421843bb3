package org.worktime.adapters.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * One valid JSON-RPC 2.0 request object: {@code "jsonrpc": "2.0"}, a string {@code method}, {@code
 * params} an object or an array if present, and an {@code id} that is a string, a number or null if
 * present. Without an {@code id} member it is a notification, which gets no answer.
 */
record Call(Option<JsonNode> id, String method, JsonNode params) {

  /** A request object that is not valid, with the id to answer it under (null when unusable). */
  record Invalid(JsonNode id, RpcError error) {}

  boolean isNotification() {
    return id.isEmpty();
  }

  JsonNode answerId() {
    return id.getOrElse(NullNode.getInstance());
  }

  /**
   * @param writtenId the id's characters when it is a number, to echo it as written
   */
  static Either<Invalid, Call> from(JsonNode node, Option<String> writtenId) {
    if (!node.isObject()) {
      return invalid(NullNode.getInstance(), "a request must be a JSON object");
    }
    JsonNode id =
        node.has("id") && node.get("id").isNumber() && writtenId.isDefined()
            ? NumericIds.raw(writtenId.get())
            : node.get("id");
    boolean idUsable = id == null || id.isTextual() || id.isNumber() || id.isNull() || id.isPojo();
    JsonNode answerId = id != null && idUsable ? id : NullNode.getInstance();
    if (!idUsable) {
      return invalid(answerId, "\"id\" must be a string, a number or null");
    }
    JsonNode version = node.get("jsonrpc");
    if (version == null || !version.isTextual() || !version.textValue().equals("2.0")) {
      return invalid(answerId, "\"jsonrpc\" must be exactly \"2.0\"");
    }
    JsonNode method = node.get("method");
    if (method == null || !method.isTextual()) {
      return invalid(answerId, "\"method\" must be a string");
    }
    JsonNode params = node.get("params");
    if (params != null && !params.isObject() && !params.isArray()) {
      return invalid(answerId, "\"params\" must be an object or an array when present");
    }
    return Either.right(
        new Call(
            Option.of(id),
            method.textValue(),
            params == null ? MissingNode.getInstance() : params));
  }

  private static Either<Invalid, Call> invalid(JsonNode id, String reason) {
    return Either.left(new Invalid(id, RpcError.invalidRequest(reason)));
  }
}
