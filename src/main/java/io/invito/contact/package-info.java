/** Reads the owner's contacts from the files people already have. */
package io.invito.contact;
