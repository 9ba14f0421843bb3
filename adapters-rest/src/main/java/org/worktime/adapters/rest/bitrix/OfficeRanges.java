package org.worktime.adapters.rest.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.domain.ValueError;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.NetworkRange;

/**
 * {@code RANGES} of {@code timeman.networkrange.set}, in each form the vendor's examples send it: a
 * JSON array in a JSON body, the same array as text (the BX24.js example), or a form's {@code
 * RANGES[0][ip_range]=...} (PHP's encoding). Each entry is {@code {ip_range, name}}.
 */
final class OfficeRanges {

  /** At most this many ranges, a bound on the work one call can ask for. */
  static final int MAX_RANGES = 100;

  /** The parameter's name, as the vendor spells it. */
  static final String PARAMETER = "RANGES";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The ranges as given; a {@code RANGES} of the wrong form is a problem that names it. */
  static Either<Problem, List<JsonNode>> given(Parameters parameters) {
    List<JsonNode> rows = parameters.rows(PARAMETER).map(row -> (JsonNode) row);
    Option<JsonNode> array =
        parameters
            .node(PARAMETER)
            .flatMap(
                node ->
                    node.isTextual()
                        ? Try.of(() -> JSON.readTree(node.asText())).toOption()
                        : Option.some(node))
            .filter(JsonNode::isArray);
    List<JsonNode> entries = array.map(List::ofAll).getOrElse(rows);
    boolean wellFormed =
        (array.isDefined() || !rows.isEmpty())
            && entries.size() <= MAX_RANGES
            && entries.forAll(JsonNode::isObject);
    return wellFormed
        ? Either.right(entries)
        : Either.left(
            new Problem.InvalidParameter(
                PARAMETER, "must be a list of at most " + MAX_RANGES + " {ip_range, name}"));
  }

  /** The entry as a range, if its {@code ip_range} and {@code name} (text, or none) make one. */
  static Either<ValueError, NetworkRange> range(JsonNode entry) {
    JsonNode ipRange = entry.get("ip_range");
    JsonNode name = entry.get("name");
    return ipRange == null || !ipRange.isTextual() || (name != null && !name.isValueNode())
        ? Either.left(new ValueError.MalformedNetworkRange(entry.toString()))
        : NetworkRange.of(ipRange.asText(), name == null ? "" : name.asText());
  }

  /** The answer of {@code check}: the address and the range that holds it. */
  static Map<String, Object> holding(IpAddress address, NetworkRange range) {
    Map<String, Object> held = new LinkedHashMap<>();
    held.put("ip", address.text());
    held.put("range", range.text());
    held.put("name", range.name());
    return held;
  }

  /** A range as the vendor lists one. */
  static Map<String, Object> listed(NetworkRange range) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("ip_range", range.text());
    entry.put("name", range.name());
    return entry;
  }

  private OfficeRanges() {}
}
