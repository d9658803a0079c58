package cn.liantu.graphql;

import graphql.schema.idl.TypeRuntimeWiring;

/** The fields every *Connection type shares. */
final class ConnectionWiring {

    private ConnectionWiring() {
    }

    static TypeRuntimeWiring.Builder wire(TypeRuntimeWiring.Builder type) {
        return type
                .dataFetcher("totalCount", env -> env.<Connection<?>>getSource().totalCount().get())
                .dataFetcher("pageInfo", env -> env.<Connection<?>>getSource().pageInfo())
                .dataFetcher("edges", env -> env.<Connection<?>>getSource().edges());
    }
}
