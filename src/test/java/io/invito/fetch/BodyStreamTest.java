package io.invito.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The body stream's contract with HttpClient, driven the way the client drives it. */
class BodyStreamTest {

  /** Records what the stream asks of the client. */
  private static final class Recorded implements Flow.Subscription {
    final AtomicLong requested = new AtomicLong();
    final AtomicBoolean cancelled = new AtomicBoolean();

    @Override
    public void request(long count) {
      requested.addAndGet(count);
    }

    @Override
    public void cancel() {
      cancelled.set(true);
    }
  }

  @Test
  void readsTheChunksInOrderAskingForOneAtATime() throws IOException {
    BodyStream body = new BodyStream(deadlineIn(Duration.ofSeconds(5)));
    Recorded subscription = new Recorded();
    body.onSubscribe(subscription);
    assertThat(subscription.requested).hasValue(1);
    body.onNext(List.of(bytes("<rss>"), bytes("<channel>")));
    body.onNext(List.of(bytes("</channel></rss>")));
    body.onComplete();

    byte[] all = body.readAllBytes();

    assertThat(new String(all, StandardCharsets.UTF_8)).isEqualTo("<rss><channel></channel></rss>");
    assertThat(subscription.requested).hasValue(3); // one more each time a chunk was taken
  }

  @Test
  void cancelsAndThrowsWhenNothingArrivesBeforeTheDeadline() {
    BodyStream body = new BodyStream(deadlineIn(Duration.ofMillis(200)));
    Recorded subscription = new Recorded();
    body.onSubscribe(subscription);

    assertThatThrownBy(body::read).isInstanceOf(HttpTimeoutException.class);
    assertThat(subscription.cancelled).isTrue();
    assertThatThrownBy(body::read).isInstanceOf(HttpTimeoutException.class); // never looks ended
  }

  @Test
  void cancelsABodyThatArrivesAfterTheStreamWasClosed() {
    BodyStream body = new BodyStream(deadlineIn(Duration.ofSeconds(5)));
    body.close();
    Recorded subscription = new Recorded();

    body.onSubscribe(subscription);

    assertThat(subscription.cancelled).isTrue();
    assertThat(subscription.requested).hasValue(0);
  }

  @Test
  void passesOnTheClientsFailure() {
    BodyStream body = new BodyStream(deadlineIn(Duration.ofSeconds(5)));
    body.onSubscribe(new Recorded());
    body.onError(new IOException("connection reset"));

    assertThatThrownBy(body::read).hasMessage("connection reset");
  }

  private static long deadlineIn(Duration duration) {
    return System.nanoTime() + duration.toNanos();
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
