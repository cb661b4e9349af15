package org.primebatch.engine.mathcad.jacob;

import com.jacob.com.Dispatch;
import com.jacob.com.Variant;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeWorksheetOptions;
import org.primebatch.engine.mathcad.com.ReadonlyOption;

final class JacobPrimeWorksheetOptions implements PrimeWorksheetOptions {
    private final Dispatch options;

    JacobPrimeWorksheetOptions(Dispatch options) {
        this.options = options;
    }

    Dispatch dispatch() {
        return options;
    }

    @Override
    public void setOptionValue(ReadonlyOption option, boolean value) throws PrimeComException {
        JacobCall.invokeVoid("SetOptionValue",
                () -> Dispatch.call(options, "SetOptionValue", new Variant(option.value()), new Variant(value)));
    }
}
