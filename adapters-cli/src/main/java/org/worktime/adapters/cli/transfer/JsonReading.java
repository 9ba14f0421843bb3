package org.worktime.adapters.cli.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** What the JSON readers share: a strict parser, positions, and Jackson's errors as positions. */
final class JsonReading {

  private JsonReading() {}

  /** A key given twice in one object is malformed, not silently the last one. */
  static ObjectMapper mapper() {
    return JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  static String position(JsonLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  static Malformed malformed(JsonProcessingException unreadable) {
    JsonLocation location = unreadable.getLocation();
    return new Malformed(
        location == null ? "at its start" : position(location),
        unreadable.getOriginalMessage().lines().findFirst().orElse("not JSON"));
  }

  /** Nothing but white space may follow the document. */
  static void endOfDocument(JsonParser parser) throws IOException, Malformed {
    if (parser.nextToken() != null) {
      throw new Malformed(
          position(parser.currentTokenLocation()), "more content after the end of the document");
    }
  }
}
