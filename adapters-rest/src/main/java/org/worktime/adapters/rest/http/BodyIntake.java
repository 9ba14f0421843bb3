package org.worktime.adapters.rest.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * How request bodies come in, so that slow senders cannot starve the server. Handlers read a body
 * by blocking on it, and a thread waiting for a client that sends one byte every two seconds is a
 * thread nobody else gets: a few hundred such uploads, without any credentials, once stopped the
 * server answering anyone.
 *
 * <p>So a request whose credentials may be in its body (or that has none) is handed to a handler
 * only once its whole body has arrived: Jetty reads it without a thread ({@link
 * EagerContentHandler}, up to the body limit). A request that carries its token before the body (a
 * Bearer header, or Bitrix's {@code auth} in the query) goes to its handler at once, is
 * authenticated there before its body is read, and then reads it blocking. Every body, either way,
 * must arrive at {@link #MINIMUM_BYTES_PER_SECOND} or faster, or its reads fail and the request is
 * answered without it.
 */
public final class BodyIntake {

  /** The slowest a body may arrive, as Kestrel's default: a modem is faster. */
  public static final long MINIMUM_BYTES_PER_SECOND = 240;

  private BodyIntake() {}

  /** Puts both rules in front of the server's handler (call before any outer handler). */
  public static void install(Server server, long maxBodyBytes) {
    EagerContentHandler wholeBodiesFirst =
        new EagerContentHandler(
            new EagerContentHandler.RetainedContentLoaderFactory(maxBodyBytes, -1, false));
    wholeBodiesFirst.exclude(BodyIntake::credentialsBeforeTheBody);
    server.insertHandler(wholeBodiesFirst);
    server.insertHandler(new MinimumDataRateHandler(MINIMUM_BYTES_PER_SECOND, 0));
  }

  private static boolean credentialsBeforeTheBody(Request request) {
    if (request.getHeaders().get(HttpHeader.AUTHORIZATION) != null) {
      return true;
    }
    String query = request.getHttpURI().getQuery();
    return query != null && ("&" + query).contains("&auth=");
  }
}
