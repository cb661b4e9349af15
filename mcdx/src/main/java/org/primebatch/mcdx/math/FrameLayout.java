package org.primebatch.mcdx.math;

/** How many slots a frame needs; grows while its scope compiles, fixed afterwards. */
final class FrameLayout {
    private int size;

    int allocate() {
        return size++;
    }

    int size() {
        return size;
    }
}
