package org.primebatch.engine.mathcad.jacob;

import com.jacob.com.Dispatch;
import com.jacob.com.Variant;
import org.primebatch.engine.mathcad.com.PrimeApplication;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeWorksheet;
import org.primebatch.engine.mathcad.com.PrimeWorksheetOptions;
import org.primebatch.engine.mathcad.com.SaveOption;

final class JacobPrimeApplication implements PrimeApplication {
    /** IID of {@code IMathcadPrimeWorksheet3}, from the Prime 8 type library. */
    static final String IID_WORKSHEET3 = "{A27AD87C-6F4E-4B8A-8827-06A22ED16F35}";

    private final Dispatch app;

    JacobPrimeApplication(Dispatch app) {
        this.app = app;
    }

    @Override
    public String getVersion() throws PrimeComException {
        return JacobCall.invoke("GetVersion", () -> JacobCall.text(Dispatch.call(app, "GetVersion")));
    }

    @Override
    public void setVisible(boolean visible) throws PrimeComException {
        JacobCall.invokeVoid("Visible", () -> Dispatch.put(app, "Visible", new Variant(visible)));
    }

    @Override
    public PrimeWorksheetOptions createWorksheetReadonlyOptions() throws PrimeComException {
        return new JacobPrimeWorksheetOptions(JacobCall.invoke("CreateWorksheetReadonlyOptions",
                () -> Dispatch.call(app, "CreateWorksheetReadonlyOptions").toDispatch()));
    }

    @Override
    public PrimeWorksheet openEx(String path, PrimeWorksheetOptions options) throws PrimeComException {
        Dispatch opts = ((JacobPrimeWorksheetOptions) options).dispatch();
        return new JacobPrimeWorksheet(JacobCall.invoke("OpenEx", () -> Dispatch.call(app, "OpenEx", path, opts).toDispatch()));
    }

    @Override
    public PrimeWorksheet open(String path) throws PrimeComException {
        Dispatch opened = JacobCall.invoke("Open", () -> Dispatch.call(app, "Open", path).toDispatch());
        return new JacobPrimeWorksheet(JacobCall.invoke("QueryInterface(IMathcadPrimeWorksheet3)",
                () -> opened.QueryInterface(IID_WORKSHEET3)));
    }

    @Override
    public void quit(SaveOption option) throws PrimeComException {
        JacobCall.invokeVoid("Quit", () -> Dispatch.call(app, "Quit", new Variant(option.value())));
    }
}
