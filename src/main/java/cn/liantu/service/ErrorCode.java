package cn.liantu.service;

/** Stable error codes clients rely on, sent as {@code extensions.code} of a GraphQL error. */
public enum ErrorCode {
    BAD_USER_INPUT,
    NOT_FOUND,
    UNAUTHENTICATED,
    FORBIDDEN,
    CONFLICT,
    TIMEOUT,
    DATABASE_UNAVAILABLE,
    INTERNAL
}
