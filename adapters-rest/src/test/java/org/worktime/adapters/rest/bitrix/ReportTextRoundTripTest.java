package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.application.port.AuditEntry;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Workday;

/** A report in Hebrew with emoji is kept byte for byte, by JSON body and by query string. */
class ReportTextRoundTripTest extends TimemanFixture {

  private static final String HEBREW = "שכחתי להחתים כרטיס 🙈 — איחור ברכבת 🚆👨‍👩‍👧";

  @Test
  void aHebrewAndEmojiReportSentAsJsonIsKeptExactly() {
    postJson(
            "timeman.open",
            fixedToken,
            "{\"TIME\": \"2017-04-21T07:30:00+08:00\", \"REPORT\": \"" + HEBREW + "\"}")
        .result();

    assertKept(HEBREW);
  }

  @Test
  void aHebrewAndEmojiReportSentInTheQueryIsKeptExactly() {
    get(
            "timeman.open",
            auth(fixedToken)
                + "&TIME=2017-04-21T07%3A30%3A00%2B08%3A00&REPORT="
                + URLEncoder.encode(HEBREW, StandardCharsets.UTF_8))
        .result();

    assertKept(HEBREW);
  }

  @Test
  void aHebrewAndEmojiReportSentAsAFormIsKeptExactlyOnClosing() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.advance(Duration.ofHours(1));

    postForm(
            "timeman.close",
            "auth="
                + flexibleToken
                + "&TIME=2017-04-21T09%3A30%3A00%2B08%3A00&REPORT="
                + URLEncoder.encode(HEBREW, StandardCharsets.UTF_8))
        .result();

    Workday day = engine.workdayStatus().statusOf(asAdmin, flexible.id()).get().get().workday();
    AuditEntry closing = engine.workdayHistory().historyOf(asAdmin, day.id()).get().last();
    assertThat(closing.reason().map(Note::text).get().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(HEBREW.getBytes(StandardCharsets.UTF_8));
  }

  private void assertKept(String text) {
    Workday day = engine.workdayStatus().statusOf(asAdmin, fixed.id()).get().get().workday();
    assertThat(day.start().note()).isEqualTo(Option.some(new Note(text)));
    assertThat(day.start().note().get().text().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    AuditEntry opening = engine.workdayHistory().historyOf(asAdmin, day.id()).get().head();
    assertThat(opening.reason().map(Note::text)).isEqualTo(Option.some(text));
  }
}
