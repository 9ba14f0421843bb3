/**
 * TimeClock 365's JSON-RPC 2.0 dialect over HTTP: sessions, lunches, timesheets and writes for
 * terminals.
 */
package org.worktime.adapters.jsonrpc;
