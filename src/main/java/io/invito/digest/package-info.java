/** Writes the weekly digest: Markdown and HTML pages, an iCalendar file and an Atom feed. */
package io.invito.digest;
