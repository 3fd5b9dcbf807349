package org.marsad.extract;

import java.util.Objects;
import org.marsad.knowledge.actors.ActorKind;
import org.marsad.knowledge.actors.ActorRecord;
import org.marsad.model.Span;
import org.marsad.model.TextField;

/**
 * An actor mention after resolution: which actor it names (a registry record, or the name of a group or a
 * person the registry lacks) and where. The unit the event roles are filled from.
 */
public record ActorRef(ActorRecord record, String name, TextField field, Span span, boolean person) {

    public ActorRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(span, "span");
    }

    /** Whether it is an armed side that events and fights are about: a group or state forces, or a new group. */
    public boolean armed() {
        return record == null ? !person : record.kind() == ActorKind.GROUP || record.kind() == ActorKind.STATE;
    }

    public String typeLabel() {
        return record == null || record.type() == null ? "" : record.type().label();
    }

    public String id() {
        return record == null ? "new:" + name : record.id();
    }
}
