package io.invito.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap in use right after each garbage collection, as the JVM reports it: its highest value
 * since the last reset is what a piece of work kept alive at its worst, garbage left out.
 */
final class LiveHeap {
  private final AtomicLong highest = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();

  private LiveHeap() {}

  static LiveHeap watch() {
    LiveHeap watch = new LiveHeap();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector)
          .addNotificationListener(
              (notification, handback) -> {
                if (notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  // System.gc() between runs is a full collection the benchmark asked for.
                  if (!info.getGcCause().equals("System.gc()")) {
                    long used =
                        info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed)
                            .sum();
                    watch.highest.accumulateAndGet(used, Math::max);
                    watch.collections.incrementAndGet();
                  }
                }
              },
              null,
              null);
    }
    return watch;
  }

  void reset() {
    highest.set(0);
    collections.set(0);
  }

  long highest() {
    return highest.get();
  }

  /** Collections since the last reset, across the runs. */
  int collections() {
    return collections.get();
  }
}
