package cn.liantu.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Bounds on what one request may ask (prefix {@code liantu.limits}); a request beyond them is
 * refused before any database work, except the timeout, which stops a statement that runs too long.
 *
 * @param maxDepth        deepest field nesting of an operation
 * @param maxComplexity   estimated fields an operation may return: each field counts 1, a list
 *                        multiplies what is below it by its {@code first} (or 10 without one)
 * @param queryTimeout    longest a database transaction of a request may run; then TIMEOUT
 * @param maxQueryLength  longest GraphQL document, in characters
 * @param maxStringLength longest string value a variable may carry
 */
@ConfigurationProperties("liantu.limits")
public record LimitSettings(
        @Bindable(defaultValue = "15") int maxDepth,
        @Bindable(defaultValue = "100000") int maxComplexity,
        @Bindable(defaultValue = "10s") Duration queryTimeout,
        @Bindable(defaultValue = "20000") int maxQueryLength,
        @Bindable(defaultValue = "10000") int maxStringLength) {
}
