package org.worktime.adapters.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.io.IOException;
import org.worktime.application.Request;

/** One JSON-RPC method of a dialect. */
@FunctionalInterface
public interface Method {

  /**
   * Reads {@code params} (an object, an array, or a missing node when the call has none) with
   * {@link Params#of}, then writes the result through {@code reply}, streaming it where it is long;
   * or answers why not, having written nothing.
   */
  Option<RpcError> call(Request request, JsonNode params, Reply reply) throws IOException;
}
