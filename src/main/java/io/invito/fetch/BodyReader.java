package io.invito.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body into bytes: undoes its Content-Encoding and stops at the size cap, counted
 * on the decompressed bytes while streaming, so a small gzip that inflates to a gigabyte costs no
 * more than the cap.
 */
final class BodyReader {
  private static final int CHUNK = 16 * 1024;

  /** The body went past the cap; nothing more was read. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long maxBytes) {
      super("body larger than " + Phrases.size(maxBytes));
    }
  }

  /** The server used an encoding we did not offer. */
  static final class UnsupportedEncodingException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsupportedEncodingException(String encoding) {
      super("unsupported Content-Encoding '" + encoding + "'");
    }
  }

  private final long maxBytes;

  BodyReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Reads the raw stream to the end through the decoders the {@code Content-Encoding} values name
   * (in the order they were applied). Closing the returned stream's source is the caller's job.
   */
  byte[] read(InputStream raw, List<String> contentEncodings) throws IOException {
    PushbackInputStream peekable = new PushbackInputStream(raw, 2);
    int first = peekable.read();
    if (first < 0) {
      return new byte[0]; // an empty body "in gzip" is still empty, not a broken gzip
    }
    peekable.unread(first);
    InputStream decoded = peekable;
    List<String> encodings =
        contentEncodings.stream()
            .flatMap(value -> List.of(value.split(",")).stream())
            .map(value -> value.strip().toLowerCase(Locale.ROOT))
            .filter(value -> !value.isEmpty() && !value.equals("identity"))
            .toList();
    for (int i = encodings.size() - 1; i >= 0; i--) {
      decoded = decoder(decoded, encodings.get(i));
    }
    try (InputStream body = decoded) {
      return capped(body);
    }
  }

  private byte[] capped(InputStream body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    for (int count = body.read(chunk); count >= 0; count = body.read(chunk)) {
      total += count;
      if (total > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
      out.write(chunk, 0, count);
    }
    return out.toByteArray();
  }

  private static InputStream decoder(InputStream in, String encoding) throws IOException {
    switch (encoding) {
      case "gzip":
      case "x-gzip":
        return new GZIPInputStream(in, CHUNK);
      case "deflate":
        return deflate(in);
      default:
        throw new UnsupportedEncodingException(encoding);
    }
  }

  /**
   * "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate; the first two
   * bytes tell which.
   */
  private static InputStream deflate(InputStream in) throws IOException {
    PushbackInputStream peekable = new PushbackInputStream(in, 2);
    int first = peekable.read();
    int second = first < 0 ? -1 : peekable.read();
    if (second >= 0) {
      peekable.unread(second);
    }
    if (first >= 0) {
      peekable.unread(first);
    }
    boolean zlib =
        first >= 0 && second >= 0 && (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    return new InflaterInputStream(peekable, inflater, CHUNK) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end(); // a supplied Inflater is not ended by close(); free its native memory
        }
      }
    };
  }
}
