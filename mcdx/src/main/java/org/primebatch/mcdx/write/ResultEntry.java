package org.primebatch.mcdx.write;

/**
 * What result.xml is to hold for one result id: a computed value ({@code Synchronized} with {@code <ml:result>}), a
 * computed definition ({@code Synchronized}, empty, as Mathcad stores definitions), or no value to trust
 * ({@code Pending}, empty). {@link #KEEP} leaves the entry as the template has it.
 */
record ResultEntry(String status, String resultContent, boolean keep) {
    static final ResultEntry KEEP = new ResultEntry(null, null, true);
    static final ResultEntry PENDING = new ResultEntry("Pending", null, false);
    static final ResultEntry DEFINED = new ResultEntry("Synchronized", null, false);

    static ResultEntry value(String resultContent) {
        return new ResultEntry("Synchronized", resultContent, false);
    }
}
