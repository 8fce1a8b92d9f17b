/** Reads and checks the config folder: owner, sources, schedules, settings. */
package io.invito.config;
