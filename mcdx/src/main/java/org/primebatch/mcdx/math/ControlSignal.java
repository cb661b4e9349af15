package org.primebatch.mcdx.math;

/** Leaves a loop or a program early: {@code return}, {@code break} and {@code continue}. */
abstract sealed class ControlSignal extends RuntimeException {
    ControlSignal() {
        super(null, null, false, false);
    }

    static final class Return extends ControlSignal {
        final Value value;

        Return(Value value) {
            this.value = value;
        }
    }

    static final class Break extends ControlSignal {
    }

    static final class Continue extends ControlSignal {
    }
}
