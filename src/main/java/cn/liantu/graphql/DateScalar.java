package cn.liantu.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The Date scalar: ISO yyyy-MM-dd text on the wire, LocalDate inside. */
final class DateScalar {

    private DateScalar() {
    }

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date (日期) in ISO 8601 form, e.g. 2026-03-31.")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    try {
                        return LocalDate.parse(String.valueOf(input));
                    } catch (DateTimeParseException e) {
                        throw new CoercingParseValueException("Expected a date like 2026-03-31, got '" + input + "'");
                    }
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
                    if (input instanceof StringValue text) {
                        try {
                            return LocalDate.parse(text.getValue());
                        } catch (DateTimeParseException e) {
                            throw new CoercingParseLiteralException("Expected a date like 2026-03-31, got '"
                                    + text.getValue() + "'");
                        }
                    }
                    throw new CoercingParseLiteralException("Expected a date string like \"2026-03-31\"");
                }
            })
            .build();
}
