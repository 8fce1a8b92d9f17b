/** Fetches sources over HTTP, politely and safely; failures are data, never exceptions. */
package io.invito.fetch;
