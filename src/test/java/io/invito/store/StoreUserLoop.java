package io.invito.store;

import io.invito.model.Validators;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Another process using a store, for {@link StoreOpenIT}: it holds the store until told "go" on its
 * standard input, then opens, writes and closes it in a loop until its input ends.
 */
public final class StoreUserLoop {
  private static volatile boolean done;

  private StoreUserLoop() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    BufferedReader input =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (Store store = Store.open(url)) {
      store
          .sources()
          .saveValidators("https://child.example/0", Validators.NONE, Optional.of(Instant.EPOCH));
      System.out.println("holding");
      System.out.flush();
      if (!"go".equals(input.readLine())) {
        return;
      }
    }
    Thread stdin =
        new Thread(
            () -> {
              try {
                input.readLine(); // the test closes our input when it is done
              } catch (java.io.IOException ignored) {
                // closed either way
              }
              done = true;
            });
    stdin.setDaemon(true);
    stdin.start();
    for (int round = 1; !done; round++) {
      try (Store store = Store.open(url)) {
        store
            .sources()
            .saveValidators(
                "https://child.example/" + round, Validators.NONE, Optional.of(Instant.EPOCH));
        Thread.sleep(5);
      } catch (StoreInUse busy) {
        Thread.sleep(3);
      }
      Thread.sleep(10);
    }
  }
}
