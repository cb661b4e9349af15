package org.primebatch.swing.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.primebatch.api.BatchView;
import org.primebatch.api.Disagreement;
import org.primebatch.api.Json;
import org.primebatch.api.Event;

/**
 * What an event of the daemon says, as a sentence: "Case 12 (B01-IPE300-6m) started, attempt 1", "Case 7 failed:
 * echo asked to fail; it will be retried", "Batch paused: more than 50 % of 20 finished cases failed".
 */
final class EventSentence {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /**
     * What the event alone does not say.
     *
     * @param caseName       the name of the event's case, or null when not known
     * @param took           how long the attempt that ended with this event took, or null when not known
     * @param errorThreshold the fraction of failed cases above which the batch pauses itself, or null
     */
    record Known(String caseName, Duration took, Double errorThreshold) {
        static final Known NOTHING = new Known(null, null, null);
    }

    private EventSentence() {
    }

    static String of(Event event, Known known) {
        JsonNode data = event.data();
        String caseNo = "Case " + event.item();
        return switch (event.type()) {
            case Event.BATCH_SUBMITTED -> "Batch" + quoted(text(data, "name")) + " submitted with "
                    + count(number(data, "cases"), "case");
            case Event.BATCH_PAUSED -> paused(data, known.errorThreshold());
            case Event.BATCH_RESUMED -> "Batch resumed";
            case Event.BATCH_CANCELLED -> cancelled(data);
            case Event.BATCH_RETRIED -> "Batch retried: " + count(number(data, "items"), "failed or cancelled case")
                    + " queued again";
            case Event.BATCH_DELETED -> "Batch deleted";
            case Event.BATCH_FINISHED -> finished(event.state(), data);
            case Event.BATCH_VERIFIED -> "Batch cross-check: the " + count(number(data, "cases"), "verification case")
                    + " agreed with Mathcad Prime; the other cases run natively";
            case Event.BATCH_DISAGREED -> disagreed(data);
            case Event.ITEM_STARTED -> caseNo + named(known.caseName(), event.item()) + " started"
                    + (number(data, "attempt") == null ? "" : ", attempt " + number(data, "attempt"));
            case Event.ITEM_SUCCEEDED -> caseNo + " succeeded" + (known.took() == null ? "" : " in " + seconds(known.took()))
                    + laterAttempt(data);
            case Event.ITEM_RETRYING -> caseNo + " failed" + reason(text(data, "error")) + "; it will be retried"
                    + retryTime(text(data, "retryAt"));
            case Event.ITEM_FAILED -> failed(caseNo, data);
            case Event.ITEM_CANCELLED -> caseNo + " cancelled";
            case Event.ITEM_REQUEUED -> caseNo + " went back to the queue" + reason(text(data, "reason"));
            case Event.ENGINE_UNAVAILABLE -> "Engine " + orElse(text(data, "engine"), "?") + " held back"
                    + until(text(data, "until")) + reason(text(data, "reason")) + "; its cases wait";
            case Event.ENGINE_AVAILABLE -> "Engine " + orElse(text(data, "engine"), "?") + " is available again";
            default -> event.type() + (event.item() == null ? "" : " of case " + event.item())
                    + (event.state() == null ? "" : ": " + event.state());
        };
    }

    /** The event as the daemon sent it: type, case, state and data, for a tooltip. */
    static String detail(Event event) {
        List<String> parts = new ArrayList<>();
        parts.add(event.type());
        if (event.item() != null) {
            parts.add("case " + event.item());
        }
        if (event.state() != null) {
            parts.add("state " + event.state());
        }
        String data = EventsTableModel.detail(event.data());
        if (!data.isEmpty()) {
            parts.add(data);
        }
        return String.join("; ", parts);
    }

    private static String paused(JsonNode data, Double threshold) {
        String reason = text(data, "reason");
        Long failed = number(data, "failed");
        Long finished = number(data, "finished");
        if (BatchView.PAUSED_ON_ERRORS.equals(reason) && finished != null) {
            String cases = finished + " finished " + (finished == 1 ? "case" : "cases");
            if (threshold != null) {
                return "Batch paused: more than " + plain(threshold * 100) + " % of " + cases + " failed";
            }
            return "Batch paused: " + (failed == null ? "too many" : failed + " of " + finished) + " finished cases failed";
        }
        if (reason == null || reason.equals("paused by request")) {
            return "Batch paused";
        }
        return "Batch paused: " + reason;
    }

    private static String cancelled(JsonNode data) {
        Long waiting = number(data, "cancelled");
        Long running = number(data, "running");
        List<String> parts = new ArrayList<>();
        if (waiting != null && waiting > 0) {
            parts.add(count(waiting, "waiting case") + " will not run");
        }
        if (running != null && running > 0) {
            parts.add(count(running, "running case") + (running == 1 ? " is" : " are") + " being stopped");
        }
        return "Batch cancelled" + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    private static String finished(String state, JsonNode data) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("succeeded", "failed", "cancelled", "skipped")) {
            Long n = number(data, field);
            if (n != null && n > 0) {
                Long checkFailed = number(data, "checkFailed");
                parts.add(n + " " + field + (field.equals("succeeded") && checkFailed != null && checkFailed > 0
                        ? " (" + checkFailed + " of them failing the check)" : ""));
            }
        }
        return "Batch finished" + (state == null ? "" : " as " + state)
                + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    /** "Batch cross-check disagreed on case 61 (c61): output M: Mathcad Prime 1.2 m, native 1.3 m; …". */
    private static String disagreed(JsonNode data) {
        Disagreement d = null;
        try {
            d = data == null ? null : Json.MAPPER.treeToValue(data, Disagreement.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // an event this client does not know the shape of: said without the details
        }
        Long rerun = number(data, "rerun");
        return "Batch cross-check disagreed" + (d == null ? "" : " on " + d.display())
                + "; the batch carries on with Mathcad Prime"
                + (rerun != null && rerun > 0 ? ", where " + count(rerun, "case") + " the native engine calculated run again" : "");
    }

    private static String failed(String caseNo, JsonNode data) {
        Long attempt = number(data, "attempt");
        return caseNo + " failed" + (attempt != null && attempt > 1 ? " after " + attempt + " attempts" : "")
                + reason(text(data, "error"));
    }

    private static String named(String name, Integer seq) {
        return name == null || name.isBlank() || name.equals(String.valueOf(seq)) ? "" : " (" + name + ")";
    }

    private static String laterAttempt(JsonNode data) {
        Long attempt = number(data, "attempt");
        return attempt != null && attempt > 1 ? ", at attempt " + attempt : "";
    }

    private static String retryTime(String retryAt) {
        return retryAt == null ? "" : " at " + clock(retryAt);
    }

    private static String until(String time) {
        return time == null ? "" : " until " + clock(time);
    }

    private static String clock(String instant) {
        try {
            return CLOCK.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String reason(String text) {
        return text == null || text.isBlank() ? "" : ": " + text.strip();
    }

    private static String quoted(String name) {
        return name == null || name.isBlank() ? "" : " “" + name + "”";
    }

    private static String count(Long n, String noun) {
        long value = n == null ? 0 : n;
        return value + " " + noun + (value == 1 ? "" : "s");
    }

    private static String orElse(String text, String other) {
        return text == null ? other : text;
    }

    /** "0.12 s", "3.4 s", "75 s": two significant digits below ten seconds, whole seconds above. */
    static String seconds(Duration took) {
        double s = took.toNanos() / 1e9;
        if (s >= 10) {
            return Math.round(s) + " s";
        }
        return plain(s == 0 ? 0 : new BigDecimal(s).round(new MathContext(2)).doubleValue()) + " s";
    }

    private static String plain(double value) {
        return value == 0 ? "0" : BigDecimal.valueOf(value).round(MathContext.DECIMAL64).stripTrailingZeros()
                .toPlainString();
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data == null ? null : data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long number(JsonNode data, String field) {
        JsonNode value = data == null ? null : data.get(field);
        return value != null && value.isNumber() ? value.asLong() : null;
    }
}
