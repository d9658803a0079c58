package cn.liantu.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import java.util.Set;

/**
 * Estimates how many values an operation may return: a field counts 1, and a field returning a
 * page or a list multiplies what is below it by its {@code first} (by 10 for a list without one).
 * The edges of a connection do not multiply again: the connection's {@code first} already did.
 */
final class QueryComplexity implements FieldComplexityCalculator {

    static final int UNBOUNDED_LIST_GUESS = 10;
    private static final Set<String> CONNECTION_PARTS = Set.of("edges", "node", "pageInfo");

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        Object first = environment.getArguments().get("first");
        int multiplier;
        if (first instanceof Number number) {
            multiplier = Math.max(1, number.intValue());
        } else if (CONNECTION_PARTS.contains(environment.getField().getName())) {
            multiplier = 1;
        } else {
            multiplier = isList(environment.getFieldDefinition().getType()) ? UNBOUNDED_LIST_GUESS : 1;
        }
        long total = 1L + (long) multiplier * childComplexity;
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }
}
