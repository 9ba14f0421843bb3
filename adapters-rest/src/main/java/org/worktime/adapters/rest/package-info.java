/**
 * The REST dialects over HTTP: TheBase timers, Staffomatic work and break timers, the Bitrix24
 * {@code timeman} workday, and worktime's own management API.
 */
package org.worktime.adapters.rest;
