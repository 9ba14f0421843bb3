package org.worktime.adapters.rest.http;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.worktime.domain.place.IpAddress;

/**
 * The one place that decides a request's client address. In front of every handler it puts the
 * address {@link ForwardedClient} finds (the socket's peer, or the client a trusted proxy forwarded
 * for) where Jetty keeps the remote address, so that everything after it (Bitrix's {@code
 * IP_OPEN}/{@code IP_CLOSE} through {@link Requests}, the rate limits, the access log, the JSON-RPC
 * service mounted beside the dialects) reads the same answer, through {@link #of(Context)} or the
 * servlet's {@code getRemoteAddr()}. The proxy's own address stays known for the access log.
 */
public final class ClientAddress extends Handler.Wrapper {

  /** The request attribute holding the trusted proxy's address, on forwarded requests only. */
  public static final String PROXY = "worktime.proxy";

  private final TrustedProxies trusted;

  private ClientAddress(TrustedProxies trusted) {
    this.trusted = trusted;
  }

  /** In front of the server's handlers (call after the others); nothing to do without proxies. */
  public static void install(Server server, TrustedProxies trusted) {
    if (!trusted.isEmpty()) {
      server.insertHandler(new ClientAddress(trusted));
    }
  }

  /** The client's address, as decided here; none when the socket's address is not an IP's. */
  public static Option<IpAddress> of(Context ctx) {
    return bare(ctx.req().getRemoteAddr());
  }

  /** The trusted proxy that forwarded the request; none when the client connected itself. */
  public static Option<IpAddress> proxy(Context ctx) {
    Object proxy = ctx.attribute(PROXY);
    return proxy instanceof String text ? bare(text) : Option.none();
  }

  private static Option<IpAddress> bare(String remote) {
    if (remote == null) {
      return Option.none();
    }
    String text =
        remote.startsWith("[") && remote.endsWith("]")
            ? remote.substring(1, remote.length() - 1)
            : remote;
    return IpAddress.of(text).toOption();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SocketAddress socket = request.getConnectionMetaData().getRemoteSocketAddress();
    if (socket instanceof InetSocketAddress peer && peer.getAddress() != null) {
      HttpFields headers = request.getHeaders();
      InetAddress client =
          ForwardedClient.of(
              peer.getAddress(),
              headers.getValuesList(ForwardedClient.X_FORWARDED_FOR),
              headers.getValuesList(ForwardedClient.FORWARDED),
              trusted);
      if (!client.equals(peer.getAddress())) {
        request.setAttribute(PROXY, peer.getAddress().getHostAddress());
        return super.handle(new Forwarded(request, client), response, callback);
      }
    }
    return super.handle(request, response, callback);
  }

  /** The request as the client sent it through the proxy: its remote address is the client's. */
  private static final class Forwarded extends Request.Wrapper {
    private final ConnectionMetaData connection;

    Forwarded(Request request, InetAddress client) {
      super(request);
      // The client's port is not forwarded; the proxy's would mislead.
      InetSocketAddress address = new InetSocketAddress(client, 0);
      this.connection =
          new ConnectionMetaData.Wrapper(request.getConnectionMetaData()) {
            @Override
            public SocketAddress getRemoteSocketAddress() {
              return address;
            }
          };
    }

    @Override
    public ConnectionMetaData getConnectionMetaData() {
      return connection;
    }
  }
}
