package org.primebatch.engine.mathcad.jacob;

import com.jacob.com.Dispatch;
import com.jacob.com.Variant;
import org.primebatch.engine.mathcad.com.PrimeAliases;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeMatrix;
import org.primebatch.engine.mathcad.com.PrimeResult;
import org.primebatch.engine.mathcad.com.PrimeResultAs;
import org.primebatch.engine.mathcad.com.PrimeWorksheet;
import org.primebatch.engine.mathcad.com.SaveOption;

final class JacobPrimeWorksheet implements PrimeWorksheet {
    private final Dispatch sheet;

    JacobPrimeWorksheet(Dispatch sheet) {
        this.sheet = sheet;
    }

    @Override
    public String fullName() throws PrimeComException {
        return JacobCall.invoke("FullName", () -> JacobCall.text(Dispatch.get(sheet, "FullName")));
    }

    @Override
    public PrimeAliases inputs() throws PrimeComException {
        return new JacobPrimeAliases(JacobCall.invoke("Inputs", () -> Dispatch.get(sheet, "Inputs").toDispatch()));
    }

    @Override
    public PrimeAliases outputs() throws PrimeComException {
        return new JacobPrimeAliases(JacobCall.invoke("Outputs", () -> Dispatch.get(sheet, "Outputs").toDispatch()));
    }

    @Override
    public void setDefaultCalculationTimeout(int seconds) throws PrimeComException {
        JacobCall.invokeVoid("DefaultCalculationTimeout", () -> Dispatch.put(sheet, "DefaultCalculationTimeout", new Variant(seconds)));
    }

    @Override
    public int setRealValue(String alias, double value, String units) throws PrimeComException {
        return JacobCall.invoke("SetRealValue", () -> Dispatch.call(sheet, "SetRealValue", alias, new Variant(value), units).getInt());
    }

    @Override
    public int setStringValue(String alias, String value) throws PrimeComException {
        return JacobCall.invoke("SetStringValue", () -> Dispatch.call(sheet, "SetStringValue", alias, value).getInt());
    }

    @Override
    public PrimeMatrix createMatrix(int rows, int columns) throws PrimeComException {
        return new JacobPrimeMatrix(JacobCall.invoke("CreateMatrix",
                () -> Dispatch.call(sheet, "CreateMatrix", new Variant(rows), new Variant(columns)).toDispatch()));
    }

    @Override
    public int setMatrixValue(String alias, PrimeMatrix value, String units) throws PrimeComException {
        Dispatch matrix = ((JacobPrimeMatrix) value).dispatch();
        return JacobCall.invoke("SetMatrixValue", () -> Dispatch.call(sheet, "SetMatrixValue", alias, matrix, units).getInt());
    }

    @Override
    public void synchronize() throws PrimeComException {
        JacobCall.invokeVoid("Synchronize", () -> Dispatch.call(sheet, "Synchronize"));
    }

    @Override
    public PrimeResult inputGetValue(String alias) throws PrimeComException {
        return new JacobPrimeResult(JacobCall.invoke("InputGetValue", () -> Dispatch.call(sheet, "InputGetValue", alias).toDispatch()));
    }

    @Override
    public PrimeResult outputGetValue(String alias) throws PrimeComException {
        return new JacobPrimeResult(JacobCall.invoke("OutputGetValue", () -> Dispatch.call(sheet, "OutputGetValue", alias).toDispatch()));
    }

    @Override
    public PrimeResultAs outputGetRealValueAs(String alias, String units) throws PrimeComException {
        return new JacobPrimeResult(JacobCall.invoke("OutputGetRealValueAs",
                () -> Dispatch.call(sheet, "OutputGetRealValueAs", alias, units).toDispatch()));
    }

    @Override
    public PrimeResultAs outputGetMatrixValueAs(String alias, String units) throws PrimeComException {
        return new JacobPrimeResult(JacobCall.invoke("OutputGetMatrixValueAs",
                () -> Dispatch.call(sheet, "OutputGetMatrixValueAs", alias, units).toDispatch()));
    }

    @Override
    public void saveAs(String path) throws PrimeComException {
        JacobCall.invokeVoid("SaveAs", () -> Dispatch.call(sheet, "SaveAs", path));
    }

    @Override
    public void close(SaveOption option) throws PrimeComException {
        JacobCall.invokeVoid("Close", () -> Dispatch.call(sheet, "Close", new Variant(option.value())));
    }
}
