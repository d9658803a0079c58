package cn.liantu.graphql;

import graphql.schema.DataFetchingEnvironment;

/** Who makes a request, as recorded in histories and audit logs. */
final class Callers {

    static final String CONTEXT_KEY = "caller";
    static final String ANONYMOUS = "anonymous";

    private Callers() {
    }

    static String of(DataFetchingEnvironment env) {
        String caller = env.getGraphQlContext().get(CONTEXT_KEY);
        return caller == null ? ANONYMOUS : caller;
    }
}
