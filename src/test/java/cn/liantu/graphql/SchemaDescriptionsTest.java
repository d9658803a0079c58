package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.persistence.ClasspathFiles;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDL is the API's documentation in GraphiQL: every type, field, argument, input field and
 * enum value has a description. The demo's Docs pane must never show a bare name.
 */
class SchemaDescriptionsTest {

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        List<String> missing = new ArrayList<>();
        SchemaParser parser = new SchemaParser();
        for (String file : ClasspathFiles.list("schema")) {
            TypeDefinitionRegistry registry = parser.parse(ClasspathFiles.read("schema/" + file));
            registry.types().values().forEach(type -> check(type, missing));
            registry.objectTypeExtensions().values().forEach(list -> list.forEach(type -> check(type, missing)));
            registry.scalars().values().stream().filter(s -> !isBuiltIn(s))
                    .forEach(scalar -> require(scalar.getDescription(), scalar.getName(), missing));
        }
        assertThat(missing).as("SDL elements without a description").isEmpty();
    }

    private static void check(TypeDefinition<?> type, List<String> missing) {
        boolean extension = type.getClass().getSimpleName().endsWith("ExtensionDefinition");
        if (!extension) {
            require(descriptionOf(type), type.getName(), missing);
        }
        if (type instanceof ObjectTypeDefinition object) {
            for (FieldDefinition field : object.getFieldDefinitions()) {
                String where = type.getName() + "." + field.getName();
                require(field.getDescription(), where, missing);
                for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                    require(argument.getDescription(), where + "(" + argument.getName() + ")", missing);
                }
            }
        } else if (type instanceof InputObjectTypeDefinition input) {
            input.getInputValueDefinitions().forEach(field ->
                    require(field.getDescription(), type.getName() + "." + field.getName(), missing));
        } else if (type instanceof EnumTypeDefinition enumType) {
            enumType.getEnumValueDefinitions().forEach(value ->
                    require(value.getDescription(), type.getName() + "." + value.getName(), missing));
        }
    }

    private static Description descriptionOf(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            return object.getDescription();
        }
        if (type instanceof InputObjectTypeDefinition input) {
            return input.getDescription();
        }
        if (type instanceof EnumTypeDefinition enumType) {
            return enumType.getDescription();
        }
        if (type instanceof ScalarTypeDefinition scalar) {
            return scalar.getDescription();
        }
        return null;
    }

    private static boolean isBuiltIn(ScalarTypeDefinition scalar) {
        return List.of("String", "Int", "Float", "Boolean", "ID").contains(scalar.getName());
    }

    private static void require(Description description, String where, List<String> missing) {
        if (description == null || description.getContent().isBlank()) {
            missing.add(where);
        }
    }
}
