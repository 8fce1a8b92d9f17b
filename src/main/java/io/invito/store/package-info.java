/** Keeps events, sources' health and invitations in H2 or PostgreSQL (JDBC stays here). */
package io.invito.store;
