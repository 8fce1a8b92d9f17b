/** The one orchestrator: fetch, parse, events, store, match, draft, digest. */
package io.invito.pipeline;
