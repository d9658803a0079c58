package cn.liantu.graphql;

import cn.liantu.security.Caller;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/** The caller of the request being executed, as the HTTP layer authenticated it. */
final class Callers {

    static final String CONTEXT_KEY = "caller";

    private Callers() {
    }

    static Caller of(DataFetchingEnvironment env) {
        return of(env.getGraphQlContext());
    }

    static Caller of(GraphQLContext context) {
        Caller caller = context.get(CONTEXT_KEY);
        return caller == null ? Caller.anonymous(null) : caller;
    }
}
