package io.invito.model;

/** Where a draft is meant to be sent from; invito itself never sends anything. */
public enum Channel {
  EMAIL,
  LINKEDIN,
  WHATSAPP,
  PHONE
}
