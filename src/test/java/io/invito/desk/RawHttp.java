package io.invito.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a loopback socket, for the desk's security tests: they must send
 * what a browser never would (another Host, a foreign Origin), which java.net.http refuses to set.
 */
final class RawHttp {
  private RawHttp() {}

  /** A response: status, headers (names in lower case, last value kept), body. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  static Response send(int port, String method, String target, List<String> headers, String body)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(20_000);
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
      for (String header : headers) {
        request.append(header).append("\r\n");
      }
      if (!body.isEmpty() || method.equals("POST")) {
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = raw.indexOf("\r\n\r\n");
      String[] lines = raw.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> parsed = new LinkedHashMap<>();
      for (int at = 1; at < lines.length; at++) {
        int colon = lines[at].indexOf(':');
        parsed.put(
            lines[at].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[at].substring(colon + 1).strip());
      }
      return new Response(status, parsed, raw.substring(end + 4));
    }
  }
}
