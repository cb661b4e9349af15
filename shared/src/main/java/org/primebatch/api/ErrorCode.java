package org.primebatch.api;

import java.util.Arrays;

/** JSON-RPC error codes; application errors use -32000..-32099 with a stable {@link #reason()} word. */
public enum ErrorCode {
    PARSE_ERROR(-32700, "parse_error"),
    INVALID_REQUEST(-32600, "invalid_request"),
    METHOD_NOT_FOUND(-32601, "method_not_found"),
    INVALID_PARAMS(-32602, "invalid_params"),
    INTERNAL_ERROR(-32603, "internal_error"),
    HANDSHAKE_REQUIRED(-32001, "handshake_required"),
    UNAUTHORIZED(-32002, "unauthorized"),
    UNSUPPORTED_PROTOCOL(-32003, "unsupported_protocol"),
    LINE_TOO_LONG(-32004, "line_too_long"),
    NOT_FOUND(-32010, "not_found"),
    INVALID_STATE(-32011, "invalid_state"),
    INVALID_CASES(-32012, "invalid_cases"),
    INVALID_SPEC(-32013, "invalid_spec"),
    /** the output folder holds another batch's results or files the batch would write; details name the choices */
    OUTPUT_EXISTS(-32014, "output_exists"),
    /** the caller may not do this: another user's batch, an admin's command, a path the caller could not use itself */
    FORBIDDEN(-32015, "forbidden"),
    ENGINE_UNAVAILABLE(-32020, "engine_unavailable"),
    WORKSHEET_UNSUPPORTED(-32021, "worksheet_unsupported"),
    SLOW_CONSUMER(-32030, "slow_consumer"),
    SHUTTING_DOWN(-32031, "shutting_down"),
    /** the daemon holds as many connections as it allows, in all or from this caller */
    TOO_MANY_CONNECTIONS(-32032, "too_many_connections"),
    NOT_SUPPORTED(-32040, "not_supported");

    private final int code;
    private final String reason;

    ErrorCode(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    public static ErrorCode fromReason(String reason) {
        return Arrays.stream(values()).filter(c -> c.reason.equals(reason)).findFirst().orElse(INTERNAL_ERROR);
    }
}
