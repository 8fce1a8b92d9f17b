package io.invito.model;

import java.net.URI;
import java.util.Optional;

/** An item a source carried that is not an event (an article, a job post), and why. */
public record Rejection(String sourceId, String title, Optional<URI> url, String reason) {}
