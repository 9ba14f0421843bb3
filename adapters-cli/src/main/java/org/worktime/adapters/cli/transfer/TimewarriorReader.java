package org.worktime.adapters.cli.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Reads {@code timew export} (an array of {@code {"id", "start": "20260310T080000Z", "end", "tags",
 * "annotation"}}, in order of start; the open interval has no end) for one employee, streaming, one
 * calendar day at a time:
 *
 * <ul>
 *   <li>the intervals that start on one local date, in the employee's zone, make that date's
 *       workday: from the first start to the last end (still running when the last interval is
 *       open), the gaps between them its breaks. So the day's net time is the intervals' total, as
 *       {@code timew summary} counts it;
 *   <li>an interval with a tag other than the day tag, or with an annotation, is also a task timer:
 *       its account the first such tag, its name all of them (when more than one), joined by ", ",
 *       its comment the annotation.
 * </ul>
 *
 * Fields Timewarrior may add are ignored. Intervals out of order, overlapping, or ending before
 * they start make the file malformed: {@code timew} never writes them.
 */
final class TimewarriorReader implements EntryReader {

  private static final DateTimeFormatter TIMEW =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

  private record Interval(
      Instant start,
      Option<Instant> end,
      List<String> tags,
      Option<String> annotation,
      String position) {}

  private final long employee;
  private final ZoneId zone;
  private final String dayTag;
  private final ObjectMapper mapper = JsonReading.mapper();

  TimewarriorReader(long employee, ZoneId zone, String dayTag) {
    this.employee = employee;
    this.zone = zone;
    this.dayTag = dayTag;
  }

  @Override
  public void read(Path file, Consumer<Entry> each) throws IOException, Malformed {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = mapper.createParser(in)) {
      intervals(parser, each);
    } catch (JsonProcessingException unreadable) {
      throw JsonReading.malformed(unreadable);
    }
  }

  private void intervals(JsonParser parser, Consumer<Entry> each) throws IOException, Malformed {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_ARRAY) {
      throw new Malformed(
          JsonReading.position(parser.currentTokenLocation()),
          first == JsonToken.START_OBJECT
              ? "an object, as worktime exports: use --format json"
              : "a Timewarrior export is a JSON array of intervals");
    }
    each.accept(
        new Entry.EmployeeEntry(
            employee, Option.none(), Option.none(), Option.none(), Option.none(), "line 1"));
    List<Interval> day = List.empty();
    String dayPosition = "";
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation location = parser.currentTokenLocation();
      String position = JsonReading.position(location);
      Interval next = interval(parser.readValueAsTree(), position, location.getLineNr());
      if (!day.isEmpty()) {
        Interval last = day.last();
        if (last.end().isEmpty()) {
          throw new Malformed(position, "an interval follows the open one, which has not ended");
        }
        if (next.start().isBefore(last.end().get())) {
          throw new Malformed(
              position,
              "the interval starts before the one before it ends: intervals must be in order and"
                  + " apart, as 'timew export' writes them");
        }
        if (!dateOf(next).equals(dateOf(day.head()))) {
          emit(day, dayPosition, each);
          day = List.empty();
        }
      }
      if (day.isEmpty()) {
        dayPosition = "line " + location.getLineNr();
      }
      day = day.append(next);
    }
    if (!day.isEmpty()) {
      emit(day, dayPosition, each);
    }
    JsonReading.endOfDocument(parser);
  }

  private Interval interval(JsonNode node, String position, int line) throws Malformed {
    JsonFields fields = JsonFields.lenient(node, "interval", position);
    Instant start = instant(fields, "start", fields.requiredText("start"));
    Option<Instant> end =
        fields.text("end").isEmpty()
            ? Option.none()
            : Option.some(instant(fields, "end", fields.requiredText("end")));
    if (end.isDefined() && end.get().isBefore(start)) {
      throw fields.malformed("it ends before it starts");
    }
    List<String> tags = List.empty();
    JsonNode array = fields.array("tags");
    if (array != null) {
      for (JsonNode tag : array) {
        if (!tag.isTextual()) {
          throw fields.malformed("\"tags\" must be strings");
        }
        tags = tags.append(tag.textValue());
      }
    }
    return new Interval(start, end, tags, fields.text("annotation"), "line " + line);
  }

  private static Instant instant(JsonFields fields, String field, String text) throws Malformed {
    try {
      return LocalDateTime.parse(text, TIMEW).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notATime) {
      throw fields.malformed(
          "\"" + field + "\" must be a UTC time like 20260310T080000Z, not '" + text + "'");
    }
  }

  private LocalDate dateOf(Interval interval) {
    return interval.start().atZone(zone).toLocalDate();
  }

  /** The day the intervals make, then the timers of those that are about a task. */
  private void emit(List<Interval> intervals, String position, Consumer<Entry> each) {
    List<Entry.BreakEntry> gaps =
        intervals
            .sliding(2)
            .filter(pair -> pair.size() == 2)
            .map(pair -> List.of(pair.head().end().get(), pair.last().start()))
            .filter(gap -> gap.head().isBefore(gap.last()))
            .map(
                gap ->
                    new Entry.BreakEntry(
                        Times.at(gap.head(), zone), Option.some(Times.at(gap.last(), zone))))
            .toList();
    each.accept(
        new Entry.DayEntry(
            employee,
            zone,
            Times.at(intervals.head().start(), zone),
            intervals.last().end().map(end -> Times.at(end, zone)),
            gaps,
            "cli",
            "approved",
            Option.none(),
            Option.none(),
            position));
    for (Interval interval : intervals) {
      List<String> tasks = interval.tags().remove(dayTag).removeAll(dayTag);
      if (tasks.nonEmpty() || interval.annotation().isDefined()) {
        each.accept(
            new Entry.TimerEntry(
                employee,
                zone,
                Times.at(interval.start(), zone),
                interval.end().map(end -> Times.at(end, zone)),
                "cli",
                tasks.headOption(),
                tasks.size() > 1 ? Option.some(tasks.mkString(", ")) : Option.none(),
                Option.none(),
                interval.annotation(),
                interval.position()));
      }
    }
  }
}
