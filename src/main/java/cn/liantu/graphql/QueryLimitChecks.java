package cn.liantu.graphql;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses an operation deeper than the depth limit or more complex than the complexity limit
 * ({@link QueryComplexity}) before any field runs.
 *
 * <p>Both checks walk the whole operation. Front ends send the same few operations over and over,
 * so what passed is remembered per operation and the variables the checks depend on, and not
 * checked again; a refused operation is checked every time.
 *
 * <p>The checks depend on the document, the operation, and of the variables only on numbers (the
 * {@code first} of a page multiplies the complexity) and booleans ({@code @include} and
 * {@code @skip} decide which fields count). Strings, ids and input objects change neither, so they
 * are left out of what is remembered: the entries stay small whatever the requests carry.
 */
final class QueryLimitChecks extends SimplePerformantInstrumentation {

    /** Per document, at most this many operations and variables are remembered. */
    static final int MAX_REMEMBERED_PER_DOCUMENT = 64;

    private record Checked(String operationName, Map<String, Object> numbersAndBooleans) {
    }

    private final MaxQueryDepthInstrumentation depth;
    private final int maxComplexity;
    private final FieldComplexityCalculator complexity;
    /**
     * What passed, per parsed document: the one {@link ParsedDocumentCache} holds, the same object
     * for the same text. Weak keys: when that cache drops a document, what passed goes with it.
     */
    private final Map<Document, Set<Checked>> passed = Collections.synchronizedMap(new WeakHashMap<>());

    QueryLimitChecks(int maxDepth, int maxComplexity, FieldComplexityCalculator complexity) {
        this.depth = new MaxQueryDepthInstrumentation(maxDepth);
        this.maxComplexity = maxComplexity;
        this.complexity = complexity;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Checked key = keyOf(context);
        Set<Checked> ofDocument = passed.computeIfAbsent(context.getDocument(), d -> ConcurrentHashMap.newKeySet());
        if (!ofDocument.contains(key)) {
            depth.beginExecuteOperation(parameters, null); // throws when the depth is exceeded
            checkComplexity(context);
            if (ofDocument.size() >= MAX_REMEMBERED_PER_DOCUMENT) {
                ofDocument.clear();
            }
            ofDocument.add(key);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private void checkComplexity(ExecutionContext context) {
        int total = QueryComplexityCalculator.newCalculator().fieldComplexityCalculator(complexity)
                .schema(context.getGraphQLSchema()).document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .variables(context.getCoercedVariables()).build().calculate();
        if (total > maxComplexity) {
            throw new AbortExecutionException("maximum query complexity exceeded " + total + " > " + maxComplexity);
        }
    }

    private static Checked keyOf(ExecutionContext context) {
        Map<String, Object> kept = new TreeMap<>();
        context.getCoercedVariables().toMap().forEach((name, value) -> {
            if (value instanceof Number || value instanceof Boolean) {
                kept.put(name, value);
            }
        });
        return new Checked(context.getOperationDefinition().getName(), kept);
    }
}
