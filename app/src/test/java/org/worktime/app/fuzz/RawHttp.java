package org.worktime.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one request per connection, every byte as given: what {@code
 * java.net.http} refuses to send (raw bytes in the target, broken escapes, huge or many headers).
 * The body is written while the answer is read, so that a server that answers early (413, 431) and
 * closes is heard, not mistaken for a dead one.
 */
final class RawHttp {

  /** What came back: the status (0 when the connection closed without one), head and body. */
  record Response(int status, String head, byte[] body, long nanos, String failure) {

    boolean answered() {
      return status > 0;
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final int port;
  private final Duration timeout;

  RawHttp(int port, Duration timeout) {
    this.port = port;
    this.timeout = timeout;
  }

  Response send(FuzzRequest request) {
    long began = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      Thread writer = new Thread(() -> write(socket, request.bytes()), "fuzz-writer");
      writer.setDaemon(true);
      writer.start();
      byte[] answer;
      String failure = null;
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      try {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) != -1) {
          read.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException slow) {
        failure = "no complete answer within " + timeout.toSeconds() + " s";
      } catch (IOException reset) {
        // A reset after the answer was sent (the server closed while we still wrote): keep it.
        failure = read.size() == 0 ? "connection " + reset.getMessage() : null;
      }
      answer = read.toByteArray();
      socket.close();
      writer.join(timeout.toMillis());
      return parse(answer, System.nanoTime() - began, failure);
    } catch (IOException unreachable) {
      return new Response(0, "", new byte[0], System.nanoTime() - began, unreachable.toString());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static void write(Socket socket, byte[] bytes) {
    try {
      OutputStream out = socket.getOutputStream();
      for (int at = 0; at < bytes.length; at += 65536) {
        out.write(bytes, at, Math.min(65536, bytes.length - at));
      }
      out.flush();
    } catch (IOException closedEarly) {
      // The server answered and closed before taking the whole request: its answer is read.
    }
  }

  private static Response parse(byte[] answer, long nanos, String failure) {
    int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (end < 0 || answer.length < 12 || !startsWith(answer, "HTTP/1.")) {
      return new Response(
          0,
          new String(answer, StandardCharsets.ISO_8859_1),
          new byte[0],
          nanos,
          failure == null ? "no status line (" + answer.length + " bytes)" : failure);
    }
    String head = new String(answer, 0, end, StandardCharsets.ISO_8859_1);
    int status;
    try {
      status = Integer.parseInt(head.substring(9, 12));
    } catch (NumberFormatException | StringIndexOutOfBoundsException garbled) {
      return new Response(0, head, new byte[0], nanos, "garbled status line");
    }
    byte[] body = Arrays.copyOfRange(answer, end + 4, answer.length);
    if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    return new Response(status, head, body, nanos, failure);
  }

  /** The chunks' data; what cannot be read as chunks (a cut-off stream) is kept as it came. */
  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r'});
      if (lineEnd < 0) {
        return chunked;
      }
      String sizeText =
          new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size;
      try {
        size = Integer.parseInt(sizeText, 16);
      } catch (NumberFormatException notChunks) {
        return chunked;
      }
      if (size == 0) {
        break;
      }
      int from = at + lineEnd + 2;
      if (from + size > chunked.length) {
        out.write(chunked, from, Math.max(0, chunked.length - from));
        break;
      }
      out.write(chunked, from, size);
      at = from + size + 2;
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] wanted) {
    outer:
    for (int i = 0; i + wanted.length <= bytes.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (bytes[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
