package org.primebatch.engine.mathcad.jacob;

import com.jacob.com.Dispatch;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeMatrix;
import org.primebatch.engine.mathcad.com.PrimeResult;
import org.primebatch.engine.mathcad.com.PrimeResultAs;
import org.primebatch.engine.mathcad.com.ResultType;

/** A result object: every result interface of the type library names its members alike, reached by name. */
final class JacobPrimeResult implements PrimeResult, PrimeResultAs {
    private final Dispatch result;

    JacobPrimeResult(Dispatch result) {
        this.result = result;
    }

    @Override
    public ResultType resultType() throws PrimeComException {
        return ResultType.of(JacobCall.invoke("ResultType", () -> Dispatch.get(result, "ResultType").getInt()));
    }

    @Override
    public int errorCode() throws PrimeComException {
        return JacobCall.invoke("ErrorCode", () -> Dispatch.get(result, "ErrorCode").getInt());
    }

    @Override
    public String units() throws PrimeComException {
        return JacobCall.invoke("Units", () -> JacobCall.text(Dispatch.get(result, "Units")));
    }

    @Override
    public double realResult() throws PrimeComException {
        return JacobCall.invoke("RealResult", () -> Dispatch.get(result, "RealResult").getDouble());
    }

    @Override
    public String stringResult() throws PrimeComException {
        return JacobCall.invoke("StringResult", () -> JacobCall.text(Dispatch.get(result, "StringResult")));
    }

    @Override
    public PrimeMatrix matrixResult() throws PrimeComException {
        return new JacobPrimeMatrix(JacobCall.invoke("MatrixResult", () -> Dispatch.get(result, "MatrixResult").toDispatch()));
    }
}
