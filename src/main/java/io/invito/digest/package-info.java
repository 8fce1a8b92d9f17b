/** Renders the weekly digest: Markdown and HTML. */
package io.invito.digest;
