/** The review desk: a local web page that shows what the pipeline and the store know. */
package io.invito.desk;
