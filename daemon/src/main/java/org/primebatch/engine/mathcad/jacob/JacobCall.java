package org.primebatch.engine.mathcad.jacob;

import com.jacob.com.ComException;
import com.jacob.com.JacobException;
import com.jacob.com.Variant;
import org.primebatch.engine.mathcad.com.HResults;
import org.primebatch.engine.mathcad.com.PrimeComException;

/** Runs one JACOB call and turns JACOB's unchecked exceptions into {@link PrimeComException}. */
@FunctionalInterface
interface JacobCall<T> {
    T run();

    static <T> T invoke(String member, JacobCall<T> call) throws PrimeComException {
        try {
            return call.run();
        } catch (ComException e) {
            throw new PrimeComException(e.getHResult(), member + ": " + e.getMessage(), e);
        } catch (JacobException e) {
            throw new PrimeComException(HResults.FAIL, member + ": " + e.getMessage(), e);
        }
    }

    static void invokeVoid(String member, Runnable call) throws PrimeComException {
        invoke(member, () -> {
            call.run();
            return null;
        });
    }

    /** A BSTR result, empty for VT_EMPTY or VT_NULL (a worksheet value without units). */
    static String text(Variant v) {
        short type = v.getvt();
        return type == Variant.VariantEmpty || type == Variant.VariantNull ? "" : v.getString();
    }
}
