package org.worktime.application.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;

/**
 * The operators' count of days not closed, across companies. The stores under test may be shared
 * with other tests (one database per class), so it checks changes, not absolute numbers.
 */
class CountingOpenDaysTest {

  private final EngineFixture fixture = new EngineFixture();
  private final OperationsQuery operations = fixture.engine.operations();
  private final Actor eve = fixture.acme.employee();
  private final Actor sam = fixture.acme.colleague();

  @Test
  void openedAndPausedDaysCountInEveryCompanyAndAClosedDayDoesNot() {
    Actor stranger = fixture.company("globex").employee();
    long before = operations.openWorkdays();

    fixture.open(eve);
    fixture.open(sam);
    fixture.open(stranger);
    assertThat(operations.openWorkdays()).isEqualTo(before + 3);

    fixture.advance(Duration.ofHours(2));
    fixture.pause(eve);
    assertThat(operations.openWorkdays()).isEqualTo(before + 3);

    fixture.close(sam);
    fixture.close(stranger);
    assertThat(operations.openWorkdays()).isEqualTo(before + 1);
  }
}
