package org.primebatch.engine.mathcad;

import java.nio.file.Files;
import java.nio.file.Path;
import org.primebatch.engine.mathcad.com.HResults;
import org.primebatch.engine.mathcad.com.PrimeApplication;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeWorksheet;
import org.primebatch.engine.mathcad.com.PrimeWorksheetOptions;
import org.primebatch.engine.mathcad.com.ReadonlyOption;
import org.primebatch.engine.mathcad.com.SaveOption;

final class FakeApplication implements PrimeApplication {
    private final FakePrime prime;
    SaveOption quitOption;

    FakeApplication(FakePrime prime) {
        this.prime = prime;
    }

    @Override
    public String getVersion() throws PrimeComException {
        prime.enter("GetVersion");
        return prime.version;
    }

    @Override
    public void setVisible(boolean visible) throws PrimeComException {
        prime.enter("Visible");
        prime.visible = visible;
    }

    @Override
    public PrimeWorksheetOptions createWorksheetReadonlyOptions() throws PrimeComException {
        prime.enter("CreateWorksheetReadonlyOptions");
        requireOpenEx();
        return new Options();
    }

    @Override
    public PrimeWorksheet openEx(String path, PrimeWorksheetOptions options) throws PrimeComException {
        prime.enter("OpenEx");
        requireOpenEx();
        if (!((Options) options).historyDisabled) {
            throw new IllegalStateException("the fake expects FileLocationHistoryDisabled");
        }
        return open(Path.of(path));
    }

    @Override
    public PrimeWorksheet open(String path) throws PrimeComException {
        prime.enter("Open");
        return open(Path.of(path));
    }

    private PrimeWorksheet open(Path path) throws PrimeComException {
        if (!Files.isRegularFile(path)) {
            throw new PrimeComException(HResults.FAIL, "cannot open " + path);
        }
        prime.openedPaths.add(path);
        return new FakeWorksheet(prime, path);
    }

    @Override
    public void quit(SaveOption option) throws PrimeComException {
        prime.enter("Quit");
        quitOption = option;
        prime.quit();
    }

    private void requireOpenEx() throws PrimeComException {
        if (!prime.hasOpenEx) {
            throw new PrimeComException(HResults.UNKNOWN_NAME, "Unknown name.");
        }
    }

    private final class Options implements PrimeWorksheetOptions {
        boolean historyDisabled;

        @Override
        public void setOptionValue(ReadonlyOption option, boolean value) throws PrimeComException {
            prime.enter("SetOptionValue");
            if (option == ReadonlyOption.FILE_LOCATION_HISTORY_DISABLED) {
                historyDisabled = value;
            }
        }
    }
}
