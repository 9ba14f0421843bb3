package org.worktime.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection on loopback, one request at a time: the least a Java load
 * generator can spend per request, so that on a small machine the client takes little of the CPU
 * the server needs. Reads whole answers (by {@code Content-Length} or chunked) and tells their
 * status and body; nothing more of HTTP than a load generator needs.
 */
final class HttpConnection implements Closeable {

  /** A status and a body. */
  record Answer(int status, String body) {}

  private final String host;
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  HttpConnection(String host, int port) throws IOException {
    this.host = host + ":" + port;
    this.socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(host, port), 5_000);
    socket.setSoTimeout(60_000);
    this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    this.out = new BufferedOutputStream(socket.getOutputStream(), 4 * 1024);
  }

  /** {@code POST path} with no body, carrying the token as a Bearer credential. */
  Answer post(String path, String token) throws IOException {
    return send("POST", path, token);
  }

  /** {@code GET path}, with a Bearer credential unless the token is null. */
  Answer get(String path, String token) throws IOException {
    return send("GET", path, token);
  }

  private Answer send(String method, String path, String token) throws IOException {
    StringBuilder head = new StringBuilder(160);
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host);
    if (token != null) {
      head.append("\r\nAuthorization: Bearer ").append(token);
    }
    if (method.equals("POST")) {
      head.append("\r\nContent-Length: 0");
    }
    head.append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return read();
  }

  private Answer read() throws IOException {
    String statusLine = line();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        length = Long.parseLong(value);
      } else if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = Long.parseLong(line().split(";")[0].trim(), 16);
          size > 0;
          size = Long.parseLong(line().split(";")[0].trim(), 16)) {
        copy(size, body);
        line();
      }
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // Trailers are not used.
      }
    } else if (length >= 0) {
      copy(length, body);
    } else {
      throw new IOException("an answer without Content-Length or chunks: " + statusLine);
    }
    return new Answer(status, body.toString(StandardCharsets.UTF_8));
  }

  private void copy(long size, ByteArrayOutputStream body) throws IOException {
    byte[] buffer = new byte[8192];
    long left = size;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("the answer ended early");
      }
      body.write(buffer, 0, read);
      left -= read;
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed mid-answer");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
