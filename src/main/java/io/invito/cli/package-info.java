/** The command line: picocli commands that call the one pipeline. */
package io.invito.cli;
