package cn.liantu.graphql;

import graphql.schema.idl.RuntimeWiring;

/** One area's data fetchers, added to the schema's runtime wiring. */
public interface SchemaWiring {

    void wire(RuntimeWiring.Builder wiring);
}
