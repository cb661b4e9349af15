package org.primebatch.api;

/** Constants of the Primebatch local-socket protocol: JSON-RPC 2.0, one JSON object per line. */
public final class Protocol {
    public static final String PRODUCT = "primebatch";
    public static final int MIN_VERSION = 1;
    public static final int MAX_VERSION = 1;
    /** Longest line either side may send, in bytes, excluding the newline. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    public static final String SESSION_HELLO = "session.hello";
    public static final String DAEMON_STATUS = "daemon.status";
    public static final String DAEMON_SHUTDOWN = "daemon.shutdown";
    public static final String WORKSHEET_INSPECT = "worksheet.inspect";
    public static final String WORKSHEET_CHECK = "worksheet.check";
    public static final String BATCH_SUBMIT = "batch.submit";
    public static final String BATCH_UPLOAD = "batch.upload";
    public static final String BATCH_LIST = "batch.list";
    public static final String BATCH_GET = "batch.get";
    public static final String BATCH_ITEMS = "batch.items";
    public static final String BATCH_EVENTS = "batch.events";
    public static final String BATCH_CANCEL = "batch.cancel";
    public static final String BATCH_RETRY = "batch.retry";
    public static final String BATCH_PAUSE = "batch.pause";
    public static final String BATCH_RESUME = "batch.resume";
    public static final String BATCH_DELETE = "batch.delete";
    public static final String BATCH_RESULTS = "batch.results";
    public static final String ITEM_CANCEL = "item.cancel";
    public static final String EVENTS_SUBSCRIBE = "events.subscribe";
    public static final String ENGINE_LIST = "engine.list";
    /** How an error about names designated by name ({@link DesignationNames}) begins its message. */
    public static final String CANNOT_DESIGNATE = "cannot designate by name";
    /** Name of the notification that carries an {@link Event}. */
    public static final String EVENT = "event";

    private Protocol() {
    }
}
