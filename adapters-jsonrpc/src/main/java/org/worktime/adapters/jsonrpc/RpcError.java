package org.worktime.adapters.jsonrpc;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.io.IOException;
import java.util.Objects;

/**
 * A JSON-RPC 2.0 error object: the code, a short message fixed per code, and {@code data} with the
 * details (which parameter and why, the engine's reason). Never carries internals: an unexpected
 * failure is {@link #internalError()} without data.
 */
public record RpcError(int code, String message, Map<String, Object> data) {

  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;
  public static final int UNAUTHENTICATED = -32000;

  /** A server error (JSON-RPC's -32000 to -32099): the store is away, nothing was recorded. */
  public static final int STORE_UNAVAILABLE = -32050;

  /** A server error: the store went away while a write was committing; it may have been kept. */
  public static final int OUTCOME_UNKNOWN = -32051;

  public RpcError {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(data, "data");
  }

  public static RpcError parseError(String reason) {
    return new RpcError(PARSE_ERROR, "Parse error", LinkedHashMap.of("reason", reason));
  }

  public static RpcError invalidRequest(String reason) {
    return new RpcError(INVALID_REQUEST, "Invalid Request", LinkedHashMap.of("reason", reason));
  }

  public static RpcError methodNotFound(String method) {
    return new RpcError(
        METHOD_NOT_FOUND,
        "Method not found",
        LinkedHashMap.of("method", method, "reason", "no such method"));
  }

  public static RpcError invalidParams(String param, String reason) {
    return new RpcError(
        INVALID_PARAMS, "Invalid params", LinkedHashMap.of("param", param, "reason", reason));
  }

  public static RpcError internalError() {
    return new RpcError(INTERNAL_ERROR, "Internal error", LinkedHashMap.empty());
  }

  /**
   * The store could not be reached: try again after {@code retryAfterSeconds}; when the outcome is
   * unknown, a retry with the same {@code idempotencyKey} answers what really happened.
   */
  public static RpcError unavailable(boolean outcomeUnknown, long retryAfterSeconds) {
    return outcomeUnknown
        ? new RpcError(
            OUTCOME_UNKNOWN,
            "Outcome unknown",
            LinkedHashMap.of(
                "reason",
                "the store became unavailable while the write was committing, so it may or may not"
                    + " have been recorded; retry with the same idempotencyKey to learn which",
                "retryAfter",
                retryAfterSeconds))
        : new RpcError(
            STORE_UNAVAILABLE,
            "Store unavailable",
            LinkedHashMap.of(
                "reason",
                "the store is unavailable and nothing was recorded; try again later",
                "retryAfter",
                retryAfterSeconds));
  }

  public static RpcError unauthenticated(String reason) {
    return new RpcError(UNAUTHENTICATED, "Unauthenticated", LinkedHashMap.of("reason", reason));
  }

  /** An application error: one of the dialect's own codes, with the engine's reason. */
  public static RpcError application(int code, String message, String reason) {
    return new RpcError(code, message, LinkedHashMap.of("reason", reason));
  }

  /** Writes {@code {"code": ..., "message": ..., "data": {...}}}; no data member when empty. */
  void writeTo(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("code", code);
    json.writeStringField("message", message);
    if (!data.isEmpty()) {
      json.writeObjectFieldStart("data");
      for (var entry : data) {
        json.writeFieldName(entry._1);
        json.writeObject(entry._2);
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
