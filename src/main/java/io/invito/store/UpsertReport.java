package io.invito.store;

/** What one upsert of events did: how many were new, changed, or already known as they are. */
public record UpsertReport(int created, int updated, int unchanged) {}
