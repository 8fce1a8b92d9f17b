package io.invito.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchOrderTest {
  @Test
  void takesOneSourcePerHostInTurnKeepingEachHostsOwnOrder() {
    List<String> urls =
        List.of(
            "https://a.example/1",
            "https://a.example/2",
            "https://A.example/3",
            "https://b.example/1",
            "https://c.example/1",
            "https://c.example/2");

    List<String> ordered = FetchOrder.interleave(urls, URI::create);

    assertThat(ordered)
        .containsExactly(
            "https://a.example/1",
            "https://b.example/1",
            "https://c.example/1",
            "https://a.example/2",
            "https://c.example/2",
            "https://A.example/3");
  }
}
