package org.worktime.adapters.rest.bitrix;

import io.vavr.control.Option;

/** A timeman method's input names whose day it acts on: {@code USER_ID}, or the caller. */
interface Subject {

  /**
   * The parameter's name, lower case as {@link org.worktime.adapters.rest.http.Parameters} keeps
   * it.
   */
  String USER_ID = "user_id";

  /** A user's number from 1 to 18 digits (leading zeros aside), spaces around it allowed. */
  String USER_NUMBER = "\\s*0*[1-9]\\d{0,17}\\s*";

  String USER_NUMBER_MESSAGE = "must be a user's number, e.g. 5";

  /** The text as given, valid under {@link #USER_NUMBER}; null when not given. */
  String userId();

  /** The user's number, if given. */
  default Option<Long> userNumber() {
    return Option.of(userId()).map(text -> Long.parseLong(text.trim()));
  }
}
