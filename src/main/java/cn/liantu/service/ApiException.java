package cn.liantu.service;

/** A failure the client can act on: its code and a message saying what to change. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static ApiException badInput(String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }
}
