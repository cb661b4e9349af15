package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.Event;
import org.primebatch.api.Json;

/** Every event type the daemon emits, with the data its emitter gives, read as a sentence. */
class EventSentenceTest {
    private static final EventSentence.Known NOTHING = EventSentence.Known.NOTHING;

    @Test
    void batchSubmitted() {
        assertThat(say(batchEvent(Event.BATCH_SUBMITTED, "queued", Json.object().put("cases", 20).put("name", "beams")),
                NOTHING)).isEqualTo("Batch “beams” submitted with 20 cases");
        assertThat(say(batchEvent(Event.BATCH_SUBMITTED, "queued", Json.object().put("cases", 1)), NOTHING))
                .isEqualTo("Batch submitted with 1 case");
    }

    @Test
    void batchPausedOnErrorsSaysTheThresholdWhenKnown() {
        Event paused = batchEvent(Event.BATCH_PAUSED, "paused", Json.object().put("reason", BatchView.PAUSED_ON_ERRORS)
                .put("failed", 11).put("finished", 20));
        assertThat(say(paused, new EventSentence.Known(null, null, 0.5)))
                .isEqualTo("Batch paused: more than 50 % of 20 finished cases failed");
        assertThat(say(paused, NOTHING)).isEqualTo("Batch paused: 11 of 20 finished cases failed");
    }

    @Test
    void batchPausedOnRequestOrForAnotherReason() {
        assertThat(say(batchEvent(Event.BATCH_PAUSED, "paused", Json.object().put("reason", "paused by request")), NOTHING))
                .isEqualTo("Batch paused");
        assertThat(say(batchEvent(Event.BATCH_PAUSED, "paused", Json.object()), NOTHING)).isEqualTo("Batch paused");
        assertThat(say(batchEvent(Event.BATCH_PAUSED, "paused", Json.object().put("reason", "maintenance")), NOTHING))
                .isEqualTo("Batch paused: maintenance");
    }

    @Test
    void batchResumedCancelledRetriedDeleted() {
        assertThat(say(batchEvent(Event.BATCH_RESUMED, "running", null), NOTHING)).isEqualTo("Batch resumed");
        assertThat(say(batchEvent(Event.BATCH_CANCELLED, "cancelled", Json.object().put("cancelled", 12).put("running", 2)),
                NOTHING)).isEqualTo("Batch cancelled: 12 waiting cases will not run, 2 running cases are being stopped");
        assertThat(say(batchEvent(Event.BATCH_CANCELLED, "cancelled", Json.object().put("cancelled", 0).put("running", 1)),
                NOTHING)).isEqualTo("Batch cancelled: 1 running case is being stopped");
        assertThat(say(batchEvent(Event.BATCH_RETRIED, "queued", Json.object().put("items", 3)), NOTHING))
                .isEqualTo("Batch retried: 3 failed or cancelled cases queued again");
        assertThat(say(batchEvent(Event.BATCH_DELETED, null, null), NOTHING)).isEqualTo("Batch deleted");
    }

    @Test
    void batchFinishedGivesItsStateAndCounts() {
        JsonNode counts = Json.tree(new Counts(20, 0, 0, 18, 2, 0, 0, 3));
        assertThat(say(batchEvent(Event.BATCH_FINISHED, "failed", counts), NOTHING))
                .isEqualTo("Batch finished as failed: 18 succeeded (3 of them failing the check), 2 failed");
    }

    @Test
    void caseStartedNamesTheCaseAndTheAttempt() {
        Event started = itemEvent(Event.ITEM_STARTED, 12, "running", Json.object().put("attempt", 1));
        assertThat(say(started, new EventSentence.Known("B01-IPE300-6m", null, null)))
                .isEqualTo("Case 12 (B01-IPE300-6m) started, attempt 1");
        assertThat(say(started, NOTHING)).isEqualTo("Case 12 started, attempt 1");
        assertThat(say(started, new EventSentence.Known("12", null, null))).isEqualTo("Case 12 started, attempt 1");
    }

    @Test
    void caseSucceededSaysHowLongItTookWhenKnown() {
        Event succeeded = itemEvent(Event.ITEM_SUCCEEDED, 12, "succeeded", Json.object().put("attempt", 1));
        assertThat(say(succeeded, new EventSentence.Known(null, Duration.ofMillis(123), null)))
                .isEqualTo("Case 12 succeeded in 0.12 s");
        assertThat(say(succeeded, NOTHING)).isEqualTo("Case 12 succeeded");
        Event second = itemEvent(Event.ITEM_SUCCEEDED, 12, "succeeded", Json.object().put("attempt", 2));
        assertThat(say(second, new EventSentence.Known(null, Duration.ofSeconds(75), null)))
                .isEqualTo("Case 12 succeeded in 75 s, at attempt 2");
    }

    @Test
    void caseFailedRetryingCancelledRequeued() {
        Event retrying = itemEvent(Event.ITEM_RETRYING, 7, "pending", Json.object().put("error", "echo asked to fail: x")
                .put("attempt", 1).put("retryAt", "2026-01-01T10:00:00Z"));
        assertThat(say(retrying, NOTHING)).startsWith("Case 7 failed: echo asked to fail: x; it will be retried at ");
        assertThat(say(itemEvent(Event.ITEM_FAILED, 7, "failed", Json.object().put("error", "bad input").put("attempt", 1)),
                NOTHING)).isEqualTo("Case 7 failed: bad input");
        assertThat(say(itemEvent(Event.ITEM_FAILED, 7, "failed", Json.object().put("error", "bad input").put("attempt", 3)),
                NOTHING)).isEqualTo("Case 7 failed after 3 attempts: bad input");
        assertThat(say(itemEvent(Event.ITEM_CANCELLED, 7, "cancelled", null), NOTHING)).isEqualTo("Case 7 cancelled");
        assertThat(say(itemEvent(Event.ITEM_REQUEUED, 7, "pending", Json.object().put("reason", "recovered after restart")
                .put("attempt", 1)), NOTHING)).isEqualTo("Case 7 went back to the queue: recovered after restart");
    }

    @Test
    void engineHeldBackAndBack() {
        Event unavailable = new Event(1, Instant.EPOCH, Event.ENGINE_UNAVAILABLE, 0, null, null, Json.object()
                .put("engine", "mathcad").put("reason", "hosts keep failing").put("until", "2026-01-01T10:00:00Z"));
        assertThat(say(unavailable, NOTHING)).startsWith("Engine mathcad held back until ")
                .endsWith(": hosts keep failing; its cases wait");
        assertThat(say(new Event(2, Instant.EPOCH, Event.ENGINE_AVAILABLE, 0, null, null,
                Json.object().put("engine", "mathcad")), NOTHING)).isEqualTo("Engine mathcad is available again");
    }

    @Test
    void aCrossCheckThatAgreedOrDisagreedSaysSoWithBothValues() {
        assertThat(say(batchEvent(Event.BATCH_VERIFIED, "running", Json.object().put("cases", 3).put("released", 117)),
                NOTHING)).isEqualTo("Batch cross-check: the 3 verification cases agreed with Mathcad Prime; the other cases run natively");
        com.fasterxml.jackson.databind.node.ObjectNode disagreed = Json.object().put("item", 61).put("name", "c61")
                .put("output", "M_max").put("reason", "12.5 against 12.4875 in SI base units").put("rerouted", 40)
                .put("rerun", 70);
        disagreed.set("mathcad", Json.object().put("value", 12.5).put("unit", "kN*m"));
        disagreed.set("native", Json.object().put("value", 12.4875).put("unit", "kN*m"));
        assertThat(say(batchEvent(Event.BATCH_DISAGREED, "running", disagreed), NOTHING)).isEqualTo("Batch cross-check "
                + "disagreed on case 61 (c61): output M_max: Mathcad Prime 12.5 kN*m, native 12.4875 kN*m (12.5 against "
                + "12.4875 in SI base units); the batch carries on with Mathcad Prime, where 70 cases the native engine "
                + "calculated run again");
        assertThat(say(batchEvent(Event.BATCH_DISAGREED, "running", Json.object().put("item", 6)
                .put("reason", "this verification case could not be compared: it was cancelled").put("rerun", 0)), NOTHING))
                .isEqualTo("Batch cross-check disagreed on case 6: this verification case could not be compared: it was "
                        + "cancelled; the batch carries on with Mathcad Prime");
    }

    @Test
    void everyEventTypeReadsAsASentenceWithoutItsCode() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field field : Event.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                types.add((String) field.get(null));
            }
        }
        assertThat(types).hasSizeGreaterThanOrEqualTo(15);
        for (String type : types) {
            String sentence = say(new Event(1, Instant.EPOCH, type, 1, type.startsWith("item.") ? 4 : null, "running",
                    Json.object()), NOTHING);
            assertThat(sentence).as(type).doesNotContain(type).matches("(Batch|Case 4|Engine) .+|Batch \\w+");
        }
        assertThat(say(new Event(1, Instant.EPOCH, "item.unheard", 1, 4, "running", null), NOTHING))
                .as("a type this client does not know").isEqualTo("item.unheard of case 4: running");
    }

    @Test
    void theDetailIsTheEventAsSent() {
        Event failed = itemEvent(Event.ITEM_FAILED, 7, "failed", Json.object().put("error", "bad input").put("attempt", 1));
        assertThat(EventSentence.detail(failed)).isEqualTo("item.failed; case 7; state failed; error: bad input; attempt: 1");
    }

    private static String say(Event event, EventSentence.Known known) {
        return EventSentence.of(event, known);
    }

    private static Event batchEvent(String type, String state, JsonNode data) {
        return new Event(1, Instant.EPOCH, type, 3, null, state, data);
    }

    private static Event itemEvent(String type, int item, String state, JsonNode data) {
        return new Event(1, Instant.EPOCH, type, 3, item, state, data);
    }
}
