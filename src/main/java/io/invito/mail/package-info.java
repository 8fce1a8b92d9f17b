/** mail: the owner's mailbox over IMAP; drafts put in Drafts, sent mail seen in Sent. */
package io.invito.mail;
