/** Writing output files safely: atomic replacement, iCalendar line folding. */
package io.invito.output;
