package io.invito.config;

/**
 * The daily call list: how many people to phone each day.
 *
 * @param perDay between {@link #FEWEST} and {@link #MOST}: a few calls a day is a habit, a dozen a
 *     call centre
 */
public record CallSettings(int perDay) {
  public static final int FEWEST = 2;
  public static final int MOST = 5;

  public CallSettings {
    if (perDay < FEWEST || perDay > MOST) {
      throw new IllegalArgumentException("perDay " + perDay + " is not " + FEWEST + " to " + MOST);
    }
  }

  public static CallSettings defaults() {
    return new CallSettings(3);
  }
}
