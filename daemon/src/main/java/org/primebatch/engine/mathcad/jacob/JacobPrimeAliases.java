package org.primebatch.engine.mathcad.jacob;

import com.jacob.com.Dispatch;
import com.jacob.com.Variant;
import org.primebatch.engine.mathcad.com.PrimeAliases;
import org.primebatch.engine.mathcad.com.PrimeComException;

final class JacobPrimeAliases implements PrimeAliases {
    private final Dispatch aliases;

    JacobPrimeAliases(Dispatch aliases) {
        this.aliases = aliases;
    }

    @Override
    public int count() throws PrimeComException {
        return JacobCall.invoke("Count", () -> Dispatch.get(aliases, "Count").getInt());
    }

    @Override
    public String getAliasByIndex(int index) throws PrimeComException {
        return JacobCall.invoke("GetAliasByIndex", () -> JacobCall.text(Dispatch.call(aliases, "GetAliasByIndex", new Variant(index))));
    }
}
