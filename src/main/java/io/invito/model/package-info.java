/** The immutable records the stages pass to each other. */
package io.invito.model;
