package io.invito.output;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points in a pass where a crash test may stop the process dead, as {@code kill -9} or a
 * power cut would: with {@code -Dinvito.kill=NAME} (or {@code NAME@N}, the Nth time it is reached)
 * the JVM halts there, with no shutdown hook and no {@code finally}. Without the property a point
 * costs one comparison. The crash tests kill at each point, run again and compare the store and
 * files with those of a run that was never interrupted.
 */
public final class KillPoint {
  /** The exit code of a process halted at a kill point, for the test to tell it from others. */
  public static final int HALTED = 86;

  private static final String NAME;
  private static final int COUNT;
  private static final AtomicInteger REACHED = new AtomicInteger();

  static {
    String target = System.getProperty("invito.kill", "");
    int at = target.indexOf('@');
    NAME = at < 0 ? target : target.substring(0, at);
    COUNT = at < 0 ? 1 : Integer.parseInt(target.substring(at + 1));
  }

  private KillPoint() {}

  /** Halts the JVM when this is the point (and the time) the property names. */
  public static void reach(String name) {
    if (!NAME.isEmpty() && NAME.equals(name) && REACHED.incrementAndGet() == COUNT) {
      Runtime.getRuntime().halt(HALTED);
    }
  }
}
