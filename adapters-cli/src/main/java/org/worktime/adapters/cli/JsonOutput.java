package org.worktime.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** {@code --json}: one JSON document per command on stdout, for scripts. */
public final class JsonOutput {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private JsonOutput() {}

  public static void print(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException unexpected) {
      // Only plain maps, lists, strings and numbers are printed: failing here is a bug.
      throw new IllegalStateException("could not write JSON", unexpected);
    }
  }
}
