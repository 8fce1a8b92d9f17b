package io.invito.pipeline;

import io.invito.model.Event;
import io.invito.model.Rejection;
import io.invito.model.SourceHealth;
import java.util.List;

/** What reading one source gave: its events, the items that were not events, its new health. */
record SourceHarvest(
    SourceReport report, List<Event> events, List<Rejection> rejections, SourceHealth health) {}
