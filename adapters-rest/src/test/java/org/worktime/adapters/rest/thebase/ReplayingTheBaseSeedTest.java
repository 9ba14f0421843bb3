package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Seed 000's two examples, over HTTP, byte for byte where the seed shows bytes. */
class ReplayingTheBaseSeedTest extends TheBaseFixture {

  @Test
  void theSeedsCreateTimerRequestIsAnsweredCreatedWithADecimalIdAndTheHebrewMessage() {
    Reply reply = start(danaToken, seedBody(dana, "my first timer"));

    JsonNode body = reply.created();
    assertThat(body.get("id").isTextual()).isTrue();
    assertThat(body.get("id").asText()).matches("[0-9]{1,39}");
    assertThat(body.get("message").asText()).isEqualTo("הטיימר הופעל");
    assertThat(reply.contentType().toLowerCase()).matches("application/json; ?charset=utf-8");
    assertThat(reply.containsUtf8Of("הטיימר הופעל")).as(reply.text()).isTrue();
    assertThat(reply.text()).doesNotContain("×");
  }

  @Test
  void theSeedsEndTimerAfter102SecondsAnswersTheHebrewMessageAndTotalMinuetsAsTheString1point7() {
    String id = start(danaToken, seedBody(dana, "my first timer")).created().get("id").asText();
    clock.advance(Duration.ofSeconds(102));

    Reply reply = stop(danaToken, id);

    JsonNode body = reply.ok();
    assertThat(body.get("message").asText()).isEqualTo("הטיימר הופסק");
    assertThat(body.get("total_minuets").isTextual()).isTrue();
    assertThat(body.get("total_minuets").asText()).isEqualTo("1.7");
    assertThat(reply.text()).contains("\"total_minuets\":\"1.7\"");
    assertThat(reply.containsUtf8Of("הטיימר הופסק")).isTrue();
  }

  @Test
  void theStartedTimerIsTheEnginesTimerOfTheOwnerWithTheSeedsComment() {
    String id = start(danaToken, seedBody(dana, "my first timer")).created().get("id").asText();

    var running = engine.runningTimers().running(asAdmin, io.vavr.control.Option.none(), 0, 10);
    var timer = running.get().items().single();
    assertThat(timer.id().value().toDecimal()).isEqualTo(id);
    assertThat(timer.owner()).isEqualTo(dana.id());
    assertThat(timer.details().comment().get().text()).isEqualTo("my first timer");
    assertThat(timer.details().account().isEmpty()).isTrue();
    assertThat(timer.start().at()).isEqualTo(SEED_MOMENT);
  }

  @Test
  void theSeedsAnswersAreUtf8OnTheWireNeverAWindowsCodePage() {
    Reply started = start(danaToken, seedBody(dana, "my first timer"));
    byte[] expected = "\"message\":\"הטיימר הופעל\"".getBytes(StandardCharsets.UTF_8);
    byte[] broken =
        new String(
                "הטיימר הופעל".getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"))
            .getBytes(StandardCharsets.UTF_8);

    assertThat(new String(started.body(), StandardCharsets.ISO_8859_1))
        .contains(new String(expected, StandardCharsets.ISO_8859_1))
        .doesNotContain(new String(broken, StandardCharsets.ISO_8859_1));
  }
}
