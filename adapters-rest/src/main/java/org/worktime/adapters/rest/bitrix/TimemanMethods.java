package org.worktime.adapters.rest.bitrix;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestBinding;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.Origin;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * The scope's methods by name, each turning a caller's request and parameters into the engine's use
 * case and its answer in Bitrix's fields: the same whether called alone or in a {@code batch}.
 */
final class TimemanMethods {

  /** One method: what it does for the caller, with the request's parameters. */
  @FunctionalInterface
  interface Method {
    Either<Problem, Object> call(Request request, Parameters parameters);
  }

  private final Engine engine;
  private final Map<String, Method> methods;

  TimemanMethods(Engine engine) {
    this.engine = engine;
    this.methods =
        HashMap.of(
            "timeman.open", this::open,
            "timeman.pause", this::pause,
            "timeman.close", this::close,
            "timeman.status", this::status,
            "timeman.settings", this::settings,
            "timeman.schedule.get", this::schedule,
            "timeman.networkrange.get", this::networks,
            "timeman.networkrange.set", this::setNetworks,
            "timeman.networkrange.check", this::checkNetwork);
  }

  /** The method of that name (lower case, without {@code .json}). */
  Option<Method> find(String name) {
    return methods.get(name);
  }

  /** Every method's name, sorted. */
  Seq<String> names() {
    return methods.keySet().toList().sorted();
  }

  /**
   * The method's input: its DTO from the parameters, whatever their source (query, JSON or form),
   * checked against its constraints. Parameters Bitrix does not know, such as {@code auth}, are
   * ignored, as the vendor does.
   */
  private static <T> Either<Problem, T> input(Parameters parameters, Class<T> type) {
    return RequestBinding.bind(parameters, type);
  }

  /** {@code USER_ID} is the employee's number; without it, the caller. */
  private Either<Problem, EmployeeId> subject(Request request, Subject input) {
    return input
        .userNumber()
        .map(
            number ->
                engine
                    .employees()
                    .byNumber(request, number)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(Employee::id))
        .getOrElse(() -> Either.right(request.actor().employee()));
  }

  private Either<Problem, Object> open(Request request, Parameters parameters) {
    return input(parameters, TimemanPunch.class)
        .flatMap(
            in ->
                subject(request, in)
                    .flatMap(
                        subject ->
                            engine
                                .openWorkday()
                                .open(
                                    new OpenWorkdayUseCase.Command(
                                        request,
                                        subject,
                                        timing(in),
                                        origin(request, in),
                                        in.reportNote()))
                                .<Problem>mapLeft(Problem.Refused::new)
                                .map(BitrixStatus::of)));
  }

  private Either<Problem, Object> close(Request request, Parameters parameters) {
    return input(parameters, TimemanPunch.class)
        .flatMap(
            in ->
                subject(request, in)
                    .flatMap(
                        subject ->
                            engine
                                .closeWorkday()
                                .close(
                                    new CloseWorkdayUseCase.Command(
                                        request,
                                        new DayRef.LatestOf(subject),
                                        new Closing(
                                            timing(in), origin(request, in), in.reportNote())))
                                .<Problem>mapLeft(Problem.Refused::new)
                                .map(BitrixStatus::of)));
  }

  private Either<Problem, Object> pause(Request request, Parameters parameters) {
    return input(parameters, TimemanUser.class)
        .flatMap(in -> subject(request, in))
        .flatMap(
            subject ->
                engine
                    .pauseWorkday()
                    .pause(
                        new PauseWorkdayUseCase.Command(
                            request,
                            new DayRef.LatestOf(subject),
                            Timing.now(),
                            Requests.apiOrigin(request)))
                    .<Problem>mapLeft(Problem.Refused::new))
        .map(BitrixStatus::of);
  }

  private Either<Problem, Object> status(Request request, Parameters parameters) {
    return input(parameters, TimemanUser.class)
        .flatMap(in -> subject(request, in))
        .flatMap(
            subject ->
                engine
                    .workdayStatus()
                    .statusOf(request, subject)
                    .<Problem>mapLeft(Problem.Refused::new))
        .map(view -> view.map(BitrixStatus::of).getOrElse(BitrixStatus::never));
  }

  /** {@code ADMIN} is answered for the caller's own settings only, as Bitrix does. */
  private Either<Problem, Object> settings(Request request, Parameters parameters) {
    return input(parameters, TimemanUser.class)
        .flatMap(in -> subject(request, in))
        .flatMap(
            subject ->
                engine
                    .policies()
                    .policyOf(request, subject)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(
                        policy ->
                            BitrixSettings.of(
                                policy,
                                subject.equals(request.actor().employee())
                                    ? Option.some(request.actor().role().actsForOthers())
                                    : Option.none())));
  }

  /**
   * The schedule numbered {@code id}; without it, the caller's own (the vendor's page marks {@code
   * id} as optional; it is how a client learns its number). A schedule's number is the short number
   * of its policy's id, stable in the company. An unknown number answers an empty list, as the
   * vendor's.
   */
  private Either<Problem, Object> schedule(Request request, Parameters parameters) {
    return input(parameters, TimemanScheduleId.class)
        .flatMap(
            in ->
                in.number()
                    .<Either<Problem, Option<PolicyId>>>map(
                        number ->
                            Either.right(
                                engine.shortNumbers().idOf(request, number).map(PolicyId::of)))
                    .getOrElse(
                        () ->
                            engine
                                .employees()
                                .byId(request, request.actor().employee())
                                .<Problem>mapLeft(Problem.Refused::new)
                                .map(caller -> Option.some(caller.policy()))))
        .flatMap(
            id ->
                id.<Either<Problem, Object>>map(policy -> schedule(request, policy))
                    .getOrElse(() -> Either.right(java.util.List.of())));
  }

  private Either<Problem, Object> schedule(Request request, PolicyId id) {
    Either<Refusal, SchedulePolicy> policy = engine.policies().policy(request, id);
    if (policy.isLeft() && policy.getLeft() instanceof Refusal.NotFound) {
      return Either.right(java.util.List.of());
    }
    return policy
        .<Problem>mapLeft(Problem.Refused::new)
        .map(
            found -> BitrixSchedule.of(engine.shortNumbers().numberOf(request, id.value()), found));
  }

  private Either<Problem, Object> networks(Request request, Parameters parameters) {
    return engine
        .officeNetworks()
        .networks(request)
        .<Problem>mapLeft(Problem.Refused::new)
        .map(ranges -> ranges.map(OfficeRanges::listed).toJavaList());
  }

  /**
   * All or nothing, as the vendor answers it: {@code {"result": true}} once every range is saved,
   * or {@code {"result": false, "error_ranges": [...]}} with the entries as given that are not
   * ranges, and nothing saved.
   */
  private Either<Problem, Object> setNetworks(Request request, Parameters parameters) {
    return OfficeRanges.given(parameters)
        .flatMap(
            entries ->
                engine
                    .officeNetworks()
                    .setNetworks(request, entries.map(OfficeRanges::range))
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(
                        wrong -> {
                          java.util.Map<String, Object> answer = new java.util.LinkedHashMap<>();
                          answer.put("result", wrong.isEmpty());
                          if (!wrong.isEmpty()) {
                            answer.put("error_ranges", wrong.map(entries::get).toJavaList());
                          }
                          return answer;
                        }));
  }

  /**
   * {@code IP}, or without it the caller's own address: the range holding it as {@code {ip, range,
   * name}}, or {@code false} when no office network does.
   */
  private Either<Problem, Object> checkNetwork(Request request, Parameters parameters) {
    Option<String> given = parameters.get("IP").orElse(request::address);
    return given
        .toEither(() -> (Problem) new Problem.InvalidParameter("IP", "is required: no address"))
        .flatMap(
            text ->
                IpAddress.of(text.trim())
                    .<Problem>mapLeft(
                        malformed -> new Problem.InvalidParameter("IP", malformed.describe())))
        .flatMap(
            address ->
                engine
                    .officeNetworks()
                    .check(request, address)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(
                        found ->
                            found
                                .<Object>map(range -> OfficeRanges.holding(address, range))
                                .getOrElse(false)));
  }

  /**
   * {@code REPORT} goes both with a manual {@code TIME} and as the command's note: without a {@code
   * TIME} it is still the report a late start on a fixed schedule needs.
   */
  private static Timing timing(TimemanPunch in) {
    return in.manualTime()
        .<Timing>map(at -> new Timing.Manual(at, in.reportNote()))
        .getOrElse(Timing::now);
  }

  /** A REST call, from the address the request came from (recorded as Bitrix's IP_OPEN/CLOSE). */
  private static Origin origin(Request request, TimemanPunch in) {
    Origin api = Requests.apiOrigin(request);
    return in.position().map(api::withPosition).getOrElse(api);
  }
}
