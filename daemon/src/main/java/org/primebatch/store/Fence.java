package org.primebatch.store;

/** Identifies one lease on an item: the owner that claimed it and the attempt that claim started. */
public record Fence(long itemId, String owner, int attempt) {
}
