package org.worktime.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.Method;
import org.worktime.adapters.jsonrpc.Reply;
import org.worktime.adapters.jsonrpc.timeclock.TimeClockMethods;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.port.Stores;
import org.worktime.application.sample.SampleWorkdays;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * The JSON of a month's timesheet: the JSON-RPC {@code timesheet} method itself (the period read
 * from lists in memory, {@link MonthInLists}, grouped per employee, each session's times formatted
 * as wall times in its zone, written by Jackson's streaming generator) for {@code employees} sample
 * employees over March 2026, against a ceiling measured in the same run: Jackson writing the very
 * same answer from a tree already built, with the endpoint's settings — the least any encoder of
 * this answer costs. Neither touches a database or HTTP; the write path and report path scripts in
 * {@code bench/} do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimesheetEncodingBenchmark {

  private static final long SEED = 2026;

  /** The endpoint's writing settings: an emoji as its four UTF-8 bytes. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  @Param({"20"})
  public int employees;

  private Method timesheet;
  private Request request;
  private JsonNode params;
  private JsonNode answer;
  private long answerBytes;

  @Setup
  public void aMonthInMemory() throws IOException {
    TenantId tenant = TenantId.of(new Id(SEED, 1_000_000));
    SampleWorkdays sample = new SampleWorkdays(tenant, SEED);
    Stores stores = MonthInLists.of(sample, employees, java.time.LocalDate.of(2026, 3, 1), 31);
    long workdays =
        sample
            .generate(employees, java.time.LocalDate.of(2026, 3, 1), 31, e -> {}, d -> {}, t -> {})
            .workdays();
    // After the month, so that no session is still running and the answer never changes.
    Clock clock = Clock.fixed(Instant.parse("2026-04-15T12:00:00Z"), ZoneOffset.UTC);
    Engine engine = new EngineBuilder().clock(clock).stores(stores).build();
    timesheet =
        TimeClockMethods.of(engine, JsonRpcConfig.DEFAULT_MAX_RANGE_DAYS, clock)
            .get("timesheet")
            .get();
    // Employee 1 of the sample is its administrator, who reads the whole company.
    request =
        Request.of(
            new Actor(tenant, EmployeeId.of(new Id(SEED, 1)), Role.ADMIN), Channel.TIMECLOCK);
    params = MAPPER.readTree("{\"startDate\": \"2026-03-01\", \"endDate\": \"2026-03-31\"}");

    ByteArrayOutputStream written = new ByteArrayOutputStream();
    answerBytes = writeTimesheet(written);
    answer = MAPPER.readTree(written.toByteArray());
    long sessions = 0;
    for (JsonNode employee : answer.get("result")) {
      sessions += employee.get("sessions").size();
    }
    if (answer.get("result").size() != employees
        || sessions != workdays
        || writeTree(OutputStream.nullOutputStream()) != answerBytes) {
      throw new IllegalStateException("the benchmarked timesheet is not the expected one");
    }
  }

  /** The timesheet method, answer and all, into a discarding stream; answers the bytes written. */
  @Benchmark
  public long timesheet() throws IOException {
    return writeTimesheet(OutputStream.nullOutputStream());
  }

  /** The ceiling: the same answer's bytes, written by Jackson from a ready tree. */
  @Benchmark
  public long jacksonWritesTheSameTree() throws IOException {
    return writeTree(OutputStream.nullOutputStream());
  }

  private long writeTimesheet(OutputStream out) throws IOException {
    Counting counting = new Counting(out);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(counting, JsonEncoding.UTF8)) {
      Reply reply = new Reply(json, IntNode.valueOf(1));
      if (timesheet.call(request, params, reply).isDefined()) {
        throw new IllegalStateException("the timesheet was refused");
      }
      json.writeEndObject();
    }
    return counting.bytes;
  }

  private long writeTree(OutputStream out) throws IOException {
    Counting counting = new Counting(out);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(counting, JsonEncoding.UTF8)) {
      MAPPER.writeTree(json, answer);
    }
    return counting.bytes;
  }

  /** Counts what passes through, so that the JIT cannot drop the writing. */
  private static final class Counting extends OutputStream {
    private final OutputStream target;
    long bytes;

    Counting(OutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      bytes++;
      target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      bytes += len;
      target.write(b, off, len);
    }
  }
}
