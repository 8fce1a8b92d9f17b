package io.invito.config;

/** Quartz cron expressions, evaluated in the owner's time zone. */
public record Schedules(String fetch, String matchAndDraft, String digest) {}
