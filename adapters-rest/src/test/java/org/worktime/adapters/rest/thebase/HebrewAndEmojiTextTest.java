package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.worktime.domain.timer.RunningTimer;

/** Hebrew and emoji in a comment and an account id come back byte for byte, never mis-decoded. */
class HebrewAndEmojiTextTest extends TheBaseFixture {

  private static final String COMMENT = "פגישה עם הלקוח 🙈 — שיחת המשך 👨‍👩‍👧 ‏(א׳)";
  private static final String ACCOUNT = "לקוח-42 🚆";

  @Test
  void aHebrewAndEmojiCommentIsStoredAndListedExactly() {
    start(
            danaToken,
            "{\"owner\": \""
                + decimal(dana)
                + "\", \"comment\": \""
                + COMMENT
                + "\", \"account_id\": \""
                + ACCOUNT
                + "\"}")
        .created();

    RunningTimer stored =
        engine.runningTimers().running(asAdmin, Option.none(), 0, 1).get().items().single();
    assertThat(stored.details().comment().get().text().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(COMMENT.getBytes(StandardCharsets.UTF_8));
    assertThat(stored.details().account().get().value()).isEqualTo(ACCOUNT);

    Reply listed = open(danaToken, "");
    assertThat(listed.ok().get("items").get(0).get("comment").asText()).isEqualTo(COMMENT);
    assertThat(listed.ok().get("items").get(0).get("account_id").asText()).isEqualTo(ACCOUNT);
    assertThat(listed.containsUtf8Of(COMMENT)).isTrue();
    assertThat(listed.containsUtf8Of(ACCOUNT)).isTrue();
  }

  @Test
  void escapedUnicodeInTheRequestIsTheSameText() {
    start(
            danaToken,
            "{\"owner\": \""
                + decimal(dana)
                + "\", \"comment\": \"\\u05e9\\u05dc\\u05d5\\u05dd \\ud83d\\ude48\"}")
        .created();

    assertThat(open(danaToken, "").ok().get("items").get(0).get("comment").asText())
        .isEqualTo("שלום 🙈");
  }

  @Test
  void aLoneSurrogateInACommentIsRefusedRatherThanDamaged() {
    start(danaToken, "{\"owner\": \"" + decimal(dana) + "\", \"comment\": \"\\ud83d\"}")
        .isError(400, "invalid_parameter");
  }

  @Test
  void everyErrorMessageIsHebrewInUtf8() {
    Reply reply = start(danaToken, "{}").isError(400, "missing_parameter");

    assertThat(reply.message()).isEqualTo("חסר שדה חובה: owner");
    assertThat(reply.containsUtf8Of("חסר שדה חובה")).isTrue();
  }
}
