package io.invito.pipeline;

import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.KnownEvent;
import java.util.Optional;

/**
 * One call of a day's list, ready to make: whom, their number, the opportunity to mention and the
 * first words, in their language and formality.
 */
public record CallPlan(Call call, Contact contact, Optional<KnownEvent> event, String opening) {}
