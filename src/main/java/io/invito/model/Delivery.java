package io.invito.model;

/** Whether an event can be watched only live, live and later, or only later. */
public enum Delivery {
  LIVE,
  LIVE_AND_RECORDED,
  ON_DEMAND,
  UNKNOWN
}
