package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.BitrixLimit;
import picocli.CommandLine;

/** {@code --bitrix-limit} over {@code WORKTIME_BITRIX_LIMIT} over the vendor's default. */
class BitrixLimitOptionsTest {

  private static BitrixLimitOptions parsed(String... args) {
    BitrixLimitOptions options = new BitrixLimitOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void neitherGivesTheVendorsDefault() {
    assertThat(parsed().limit(Map.of()).get()).isEqualTo(new BitrixLimit(50, 2));
  }

  @Test
  void theEnvironmentGivesOne() {
    assertThat(parsed().limit(Map.of(BitrixLimitOptions.VARIABLE, "250/5")).get())
        .isEqualTo(new BitrixLimit(250, 5));
  }

  @Test
  void theOptionReplacesTheEnvironments() {
    assertThat(
            parsed("--bitrix-limit", " 10 / 1 ")
                .limit(Map.of(BitrixLimitOptions.VARIABLE, "250/5"))
                .get())
        .isEqualTo(new BitrixLimit(10, 1));
  }

  @Test
  void aDrainFasterThanTheBucketCanKeepTimeForIsRefusedAtOnce() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BitrixLimit(50, 1_000_000_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new BitrixLimit(50, BitrixLimit.MAX_DRAIN_PER_SECOND).drainPerSecond())
        .isEqualTo(1_000_000_000);
  }

  @Test
  void zeroIsNoLimitButAMistake() {
    assertThat(parsed("--bitrix-limit", "0/2").limit(Map.of()).getLeft())
        .isEqualTo("--bitrix-limit '0/2' must allow at least 1 request at once and 1 a second");
  }
}
