package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * A path without {@code .json} is served when the request asks for JSON: staffomatic.rb builds its
 * paths without it ({@code lib/staffomatic/client/work_timers.rb}) and sends {@code Accept:
 * application/vnd.staffomatic.v3+json} ({@code lib/staffomatic/default.rb}); its cassettes record
 * 200. Anything else still answers 415, as the vendor documents.
 */
class PathsWithoutJsonTest extends StaffomaticFixture {

  @Test
  void theRubyClientsAcceptIsJson() {
    Reply reply =
        send(
            builder("work_timers", noraToken)
                .header("Accept", "application/vnd.staffomatic.v3+json")
                .build());

    assertThat(reply.ok(200).isArray()).isTrue();
  }

  @Test
  void noAcceptAtAllIsServed() {
    assertThat(send(builder("work_timers", noraToken).build()).status()).isEqualTo(200);
  }

  @Test
  void aJsonBodyIsAskingForJson() {
    Reply reply =
        send(
            builder("work_timers", noraToken)
                .header("Accept", "text/html")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"do\": \"start\"}"))
                .build());

    assertThat(reply.ok(201).get("state").asText()).isEqualTo("running");
  }

  @Test
  void askingForSomethingElseWithoutJsonIs415() {
    send(builder("work_timers", noraToken).header("Accept", "text/html").build())
        .isError(415, "unsupported_media_type");
  }

  @Test
  void anotherSuffixIs415() {
    get("work_timers.xml", noraToken).isError(415, "unsupported_media_type");
    send(builder("work_timers.xml", noraToken).header("Accept", "application/json").build())
        .isError(415, "unsupported_media_type");
  }

  @Test
  void aTrailingSlashBeforeJsonIsTheSameResource() {
    // The PHP client's UserService.php asks for '/locations/<id>/users/<id>/.json'.
    assertThat(get("users/493/.json", noraToken).ok(200).get("id").asLong()).isEqualTo(493);
  }
}
