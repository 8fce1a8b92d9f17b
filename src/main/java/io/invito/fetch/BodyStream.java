package io.invito.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body that the calling thread reads against a deadline. HttpClient's request timeout
 * stops once the headers are in; this keeps the clock running through the body, so a server that
 * drips a byte a second cannot hold a worker past it. Past the deadline a read cancels the exchange
 * (which closes the connection) and throws {@link HttpTimeoutException}.
 *
 * <p>It asks the client for the next chunk only when it takes one, so at most two chunks of a body
 * are ever in memory here, however fast the server sends.
 */
final class BodyStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

  /** What the client hands over: a chunk, the end, or a failure. */
  private record Signal(List<ByteBuffer> chunk, Throwable failure, boolean end) {}

  private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
  private final long deadline;
  private volatile Flow.Subscription subscription;
  private Iterator<ByteBuffer> pending = Collections.emptyIterator();
  private ByteBuffer current = EMPTY;
  private boolean finished;
  private IOException failure; // repeated on every later read: a failed body never looks ended
  private volatile boolean closed;

  /**
   * @param deadline the {@link System#nanoTime()} by which the whole body must be read
   */
  BodyStream(long deadline) {
    this.deadline = deadline;
  }

  @Override
  public void onSubscribe(Flow.Subscription given) {
    if (subscription != null) {
      given.cancel(); // the Flow contract: a second subscription is refused
      return;
    }
    subscription = given;
    if (closed) {
      // Closed before the body began (a redirect we will not read): without this the unread
      // body would hold the connection and the server's thread.
      given.cancel();
      return;
    }
    given.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> chunk) {
    signals.add(new Signal(chunk, null, false));
  }

  @Override
  public void onError(Throwable failure) {
    signals.add(new Signal(null, failure, false));
  }

  @Override
  public void onComplete() {
    signals.add(new Signal(null, null, true));
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedStage(this);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int count = Math.min(length, current.remaining());
    current.get(into, offset, count);
    return count;
  }

  private boolean fill() throws IOException {
    while (!current.hasRemaining()) {
      if (pending.hasNext()) {
        current = pending.next();
        continue;
      }
      if (failure != null) {
        throw failure;
      }
      if (closed) {
        throw new IOException("body stream closed");
      }
      if (finished) {
        return false;
      }
      Signal signal = take();
      if (signal.end()) {
        finished = true;
        return false;
      }
      if (signal.failure() != null) {
        finished = true;
        Throwable cause = signal.failure();
        failure = cause instanceof IOException io ? io : new IOException(cause);
        throw failure;
      }
      pending = signal.chunk().iterator();
      subscription.request(1);
    }
    return true;
  }

  private Signal take() throws IOException {
    long remaining = deadline - System.nanoTime();
    Signal signal = null;
    try {
      if (remaining > 0) {
        signal = signals.poll(remaining, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      cancel();
      failure = new InterruptedIOException("interrupted while reading the body");
      throw failure;
    }
    if (signal == null) {
      cancel();
      failure = new HttpTimeoutException("deadline passed while reading the body");
      throw failure;
    }
    return signal;
  }

  /** Stops the exchange: HttpClient closes the connection rather than read the rest. */
  @Override
  public void close() {
    closed = true;
    cancel();
    signals.clear();
  }

  private void cancel() {
    finished = true;
    Flow.Subscription given = subscription;
    if (given != null) {
      given.cancel(); // a no-op once the body is complete
    }
  }
}
