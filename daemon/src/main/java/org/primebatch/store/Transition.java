package org.primebatch.store;

import static org.primebatch.api.ItemState.CANCELLED;
import static org.primebatch.api.ItemState.FAILED;
import static org.primebatch.api.ItemState.PENDING;
import static org.primebatch.api.ItemState.RUNNING;
import static org.primebatch.api.ItemState.SUCCEEDED;

import java.util.List;
import org.primebatch.api.Event;
import org.primebatch.api.ItemState;

/** A change of an item's state and the type of the event that records it. */
record Transition(ItemState from, ItemState to, String event) {

    /** The changes an item may make: the table of docs/architecture.md, "The queue's states". */
    static final List<Transition> ALLOWED = List.of(
            new Transition(PENDING, RUNNING, Event.ITEM_STARTED),
            new Transition(RUNNING, SUCCEEDED, Event.ITEM_SUCCEEDED),
            new Transition(RUNNING, PENDING, Event.ITEM_RETRYING),
            new Transition(RUNNING, PENDING, Event.ITEM_REQUEUED),
            new Transition(RUNNING, FAILED, Event.ITEM_FAILED),
            new Transition(PENDING, CANCELLED, Event.ITEM_CANCELLED),
            new Transition(RUNNING, CANCELLED, Event.ITEM_CANCELLED),
            new Transition(PENDING, CANCELLED, Event.BATCH_CANCELLED),
            new Transition(FAILED, PENDING, Event.BATCH_RETRIED),
            new Transition(CANCELLED, PENDING, Event.BATCH_RETRIED),
            new Transition(SUCCEEDED, PENDING, Event.BATCH_DISAGREED),
            new Transition(FAILED, PENDING, Event.BATCH_DISAGREED));

    /** Throws unless the table allows this change. */
    static void require(ItemState from, ItemState to, String event) {
        if (!ALLOWED.contains(new Transition(from, to, event))) {
            throw new IllegalStateException("an item cannot go from " + from.word() + " to " + to.word() + " with "
                    + event);
        }
    }
}
