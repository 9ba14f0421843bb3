package org.worktime.application.query;

/** Whether the engine can serve: its store answers (a health check's {@code /health/ready}). */
public interface ReadinessQuery {

  boolean storeAnswers();
}
