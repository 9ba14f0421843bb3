package org.worktime.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import org.worktime.application.access.AccessService;
import org.worktime.application.company.CompanyAccountService;
import org.worktime.application.company.OfficeNetworksService;
import org.worktime.application.employee.EmployeeService;
import org.worktime.application.employee.LocationService;
import org.worktime.application.memory.MemoryStores;
import org.worktime.application.port.Secrets;
import org.worktime.application.port.Stores;
import org.worktime.application.query.Operations;
import org.worktime.application.query.Queries;
import org.worktime.application.query.Readiness;
import org.worktime.application.query.ShortNumbering;
import org.worktime.application.timer.TimerService;
import org.worktime.application.transfer.ImportService;
import org.worktime.application.workday.WorkdayChanges;
import org.worktime.application.workday.WorkdayEditing;
import org.worktime.application.workday.WorkdayLifecycle;
import org.worktime.application.workday.WorkdayRecording;
import org.worktime.application.workday.WorkdayReview;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.id.TimeOrderedIdGenerator;
import org.worktime.domain.timer.SecondTimerPolicy;

/**
 * Assembles an {@link Engine} with plain {@code new}: stores (in memory unless given), a clock
 * (required: the engine never reads the system clock by itself), an id generator (time-ordered by
 * default) and the policy for a second task timer (stop the running one, as the peers do).
 */
public final class EngineBuilder {

  private static final SecureRandom STRONG = new SecureRandom();

  private Stores stores;
  private Clock clock;
  private IdGenerator ids;
  private SecondTimerPolicy secondTimer = SecondTimerPolicy.STOP_RUNNING;
  private Secrets secrets;

  public EngineBuilder stores(Stores stores) {
    this.stores = Objects.requireNonNull(stores, "stores");
    return this;
  }

  public EngineBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  public EngineBuilder ids(IdGenerator ids) {
    this.ids = Objects.requireNonNull(ids, "ids");
    return this;
  }

  public EngineBuilder secrets(Secrets secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    return this;
  }

  public EngineBuilder secondTimer(SecondTimerPolicy policy) {
    this.secondTimer = Objects.requireNonNull(policy, "policy");
    return this;
  }

  public Engine build() {
    Objects.requireNonNull(clock, "an engine needs a clock: EngineBuilder.clock(Clock)");
    Stores using = stores != null ? stores : MemoryStores.create();
    IdGenerator idGenerator = ids != null ? ids : new TimeOrderedIdGenerator(clock, STRONG);
    Access access = new Access(using.employees());
    Journal journal = new Journal(using.audit(), using.idempotency());
    WorkdayChanges changes =
        new WorkdayChanges(
            using.workdays(),
            using.policies(),
            using.officeNetworks(),
            journal,
            using.transactions(),
            access,
            clock,
            idGenerator);
    WorkdayLifecycle lifecycle = new WorkdayLifecycle(changes);
    WorkdayEditing editing = new WorkdayEditing(changes, using.workdays());
    WorkdayReview review = new WorkdayReview(changes);
    TimerService timers =
        new TimerService(
            using.timers(), using.transactions(), journal, access, secondTimer, clock, idGenerator);
    Queries queries =
        new Queries(
            using.workdays(), using.timers(), using.policies(), using.audit(), access, clock);
    EmployeeService employees =
        new EmployeeService(
            using.employees(), using.policies(), using.transactions(), access, idGenerator);
    Secrets secretSource = secrets != null ? secrets : EngineBuilder::strongRandomBytes;
    AccessService accessService =
        new AccessService(
            using.apiKeys(),
            using.employees(),
            using.transactions(),
            access,
            secretSource,
            clock,
            idGenerator);
    LocationService locations =
        new LocationService(
            using.locations(), using.employees(), using.transactions(), access, idGenerator);
    return new Engine(
        employees,
        accessService,
        accessService,
        employees,
        employees,
        locations,
        new CompanyAccountService(using.companyAccounts(), using.transactions(), access),
        new OfficeNetworksService(using.officeNetworks(), using.transactions(), access),
        lifecycle,
        lifecycle,
        lifecycle,
        lifecycle,
        lifecycle,
        editing,
        editing,
        editing,
        editing,
        new WorkdayRecording(changes, using.workdays()),
        review,
        review,
        timers,
        timers,
        timers,
        queries,
        queries,
        queries,
        queries,
        queries,
        new ShortNumbering(using.shortNumbers()),
        new Readiness(using.employees()),
        new Operations(using.workdays()),
        new ImportService(
            using.workdays(),
            using.timers(),
            journal,
            using.transactions(),
            access,
            clock,
            idGenerator));
  }

  private static byte[] strongRandomBytes(int count) {
    byte[] bytes = new byte[count];
    STRONG.nextBytes(bytes);
    return bytes;
  }
}
