/**
 * Use cases (incoming ports, one per capability), outgoing ports named for what they do, and the
 * engine builder that assembles them with plain {@code new}. Depends on the domain alone.
 */
package org.worktime.application;
