package org.primebatch.engine.mathcad.com;

/** The HRESULTs the engine tells apart; every other failure is reported with its number. */
public final class HResults {
    /** CO_E_CLASSSTRING: the ProgID is not registered. */
    public static final int INVALID_CLASS_STRING = 0x800401F3;
    /** REGDB_E_CLASSNOTREG: the class behind the ProgID is not registered. */
    public static final int CLASS_NOT_REGISTERED = 0x80040154;
    /** RPC_S_SERVER_UNAVAILABLE: the server process is gone. */
    public static final int RPC_SERVER_UNAVAILABLE = 0x800706BA;
    /** RPC_S_CALL_FAILED: the server died during the call. */
    public static final int RPC_CALL_FAILED = 0x800706BE;
    /** RPC_E_DISCONNECTED: the object was disconnected from its server. */
    public static final int RPC_DISCONNECTED = 0x80010108;
    /** RPC_E_CALL_REJECTED: the server refused the call (busy, often a modal dialog). */
    public static final int RPC_CALL_REJECTED = 0x80010001;
    /** RPC_E_WRONG_THREAD: an object was used outside the apartment that owns it. */
    public static final int RPC_WRONG_THREAD = 0x8001010E;
    /** DISP_E_UNKNOWNNAME: the interface has no member of that name (an older Prime). */
    public static final int UNKNOWN_NAME = 0x80020006;
    /** DISP_E_MEMBERNOTFOUND. */
    public static final int MEMBER_NOT_FOUND = 0x80020003;
    /** E_NOINTERFACE: QueryInterface found no such interface. */
    public static final int NO_INTERFACE = 0x80004002;
    /** E_FAIL. */
    public static final int FAIL = 0x80004005;

    private HResults() {
    }

    public static boolean serverGone(int hresult) {
        return hresult == RPC_SERVER_UNAVAILABLE || hresult == RPC_CALL_FAILED || hresult == RPC_DISCONNECTED;
    }

    public static boolean memberMissing(int hresult) {
        return hresult == UNKNOWN_NAME || hresult == MEMBER_NOT_FOUND || hresult == NO_INTERFACE;
    }
}
