/** Quartz: decides when the pipeline runs; the pipeline decides what runs. */
package io.invito.schedule;
