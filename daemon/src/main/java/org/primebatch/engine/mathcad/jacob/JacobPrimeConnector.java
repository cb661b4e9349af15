package org.primebatch.engine.mathcad.jacob;

import com.jacob.activeX.ActiveXComponent;
import com.jacob.com.ComThread;
import com.jacob.com.LibraryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.primebatch.engine.mathcad.com.HResults;
import org.primebatch.engine.mathcad.com.PrimeApplication;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeConnector;

/** Mathcad Prime through JACOB; loads the JACOB DLL from an exact path when the first session starts. */
public final class JacobPrimeConnector implements PrimeConnector {
    private final Path jacobDll;

    public JacobPrimeConnector(Path jacobDll) {
        this.jacobDll = jacobDll;
    }

    @Override
    public void enterApartment() throws PrimeComException {
        if (!Files.isRegularFile(jacobDll)) {
            throw new PrimeComException(HResults.FAIL, "the JACOB DLL is missing: expected " + jacobDll);
        }
        // LibraryLoader reads this property when ComThread first loads the DLL: System.load of that exact file
        System.setProperty(LibraryLoader.JACOB_DLL_PATH, jacobDll.toAbsolutePath().toString());
        try {
            ComThread.InitSTA();
        } catch (UnsatisfiedLinkError e) {
            throw new PrimeComException(HResults.FAIL, "cannot load the JACOB DLL " + jacobDll + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PrimeApplication createApplication() throws PrimeComException {
        return new JacobPrimeApplication(JacobCall.invoke("create " + PROG_ID, () -> new ActiveXComponent(PROG_ID)));
    }

    @Override
    public void leaveApartment() {
        ComThread.Release();
    }
}
