package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hebrew, emoji and combining marks travel in and out as the same UTF-8 bytes. */
class NotesComeBackAsWrittenTest extends JsonRpcFixture {

  private static final String HEBREW = "דיווח כניסה — בוקר טוב";
  private static final String EMOJI = "סיום 👩🏽‍💻 e\u0301 ✔️";
  private static final String DAY = "{\"startDate\":\"2024-10-09\",\"endDate\":\"2024-10-09\"}";

  @Test
  void notesAndWorkLogNamesAreAnsweredByteForByte() {
    clock.set(at("2024-10-09 08:00:00"));
    result("clock-in", "{\"employeeNumber\":1265,\"note\":\"" + HEBREW + "\"}");
    result(
        "worklog-start",
        "{\"employeeNumber\":1265,\"name\":\"" + EMOJI + "\",\"externalId\":\"DR-1\"}");
    clock.set(at("2024-10-09 16:00:00"));
    result("clock-out", "{\"employeeNumber\":1265,\"note\":\"" + EMOJI + "\"}");

    byte[] extended = body("extended-sessions");
    byte[] timesheet = body("timesheet");

    assertThat(
            contains(
                extended, ("\"startNote\":\"" + HEBREW + "\"").getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(
            contains(extended, ("\"endNote\":\"" + EMOJI + "\"").getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(contains(timesheet, ("\"name\":\"" + EMOJI + "\"").getBytes(StandardCharsets.UTF_8)))
        .isTrue();
  }

  @Test
  void escapedInputIsTheSameText() {
    clock.set(at("2024-10-09 08:00:00"));

    String note =
        result(
                "clock-in",
                "{\"employeeNumber\":1265,\"note\":\"\\u05e9\\u05dc\\u05d5\\u05dd \\ud83d\\udc4b\"}")
            .get("startNote")
            .asText();

    assertThat(note).isEqualTo("שלום 👋");
  }

  @Test
  void aLoneSurrogateIsRefusedNotRepaired() {
    clock.set(at("2024-10-09 08:00:00"));

    error(adminToken, "clock-in", "{\"employeeNumber\":1265,\"note\":\"\\ud83d\"}", -32602);
  }

  private byte[] body(String method) {
    Reply reply =
        post(
            adminToken,
            "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + DAY + ",\"id\":1}");
    assertThat(reply.contentType().toLowerCase()).contains("charset=utf-8");
    return reply.body();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
