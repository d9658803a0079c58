package cn.liantu.graphql;

import cn.liantu.security.AccessRules;
import cn.liantu.security.Caller;
import cn.liantu.security.Role;
import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.Optional;

/**
 * Checks the caller's role before a field's fetcher runs, and writes the audit entry of every
 * mutation made or refused. Fields that need nothing keep their fetcher untouched.
 */
final class AccessInstrumentation extends SimplePerformantInstrumentation {

    private final FieldRoles roles;
    private final MutationAudit audit;

    AccessInstrumentation(FieldRoles roles, MutationAudit audit) {
        this.roles = roles;
        this.audit = audit;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        ExecutionStepInfo step = parameters.getExecutionStepInfo();
        String type = step.getObjectType().getName();
        String field = step.getFieldDefinition().getName();
        boolean mutation = "Mutation".equals(type);
        if (!mutation && !"Query".equals(type) && !"Subscription".equals(type) && !roles.declaresNested(type, field)) {
            return fetcher;
        }
        Optional<Role> required = roles.required(type, field);
        if (required.isEmpty() && !mutation) {
            return fetcher;
        }
        return env -> {
            Caller caller = Callers.of(env);
            try {
                required.ifPresent(role -> AccessRules.require(caller, role, "'" + field + "'"));
                Object result = fetcher.get(env);
                if (mutation) {
                    audit.made(caller, field, env.getArguments(), result);
                }
                return result;
            } catch (ApiException e) {
                if (mutation && (e.code() == ErrorCode.FORBIDDEN || e.code() == ErrorCode.UNAUTHENTICATED)) {
                    audit.refused(caller, field, env.getArguments(), e.getMessage());
                }
                throw e;
            }
        };
    }
}
