/**
 * Stores the engine's data behind the application's outgoing ports: in memory, and over JDBC on
 * embedded H2 (the default) or PostgreSQL.
 */
package org.worktime.adapters.persistence;
