package io.invito.pipeline;

import io.invito.event.Judgement;
import io.invito.model.Rejection;
import io.invito.model.SourceHealth;
import java.util.List;

/** What reading one source gave: its events (with each field's provenance), the items that were not events, its new health. */
record SourceHarvest(
    SourceReport report, List<Judgement.Accepted> events, List<Rejection> rejections, SourceHealth health) {}
