package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.security.Role;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The roles the SDL declares: every write names its role; analyses need ANALYST. */
class FieldRolesTest {

    private final TypeDefinitionRegistry types = new GraphQLFactory().typeDefinitions();
    private final FieldRoles roles = FieldRoles.from(types);

    @Test
    void everyMutationDeclaresItsRole() {
        List<String> undeclared = new ArrayList<>();
        List<ObjectTypeDefinition> mutations = new ArrayList<>();
        types.getType("Mutation", ObjectTypeDefinition.class).ifPresent(mutations::add);
        types.objectTypeExtensions().getOrDefault("Mutation", List.<ObjectTypeExtensionDefinition>of())
                .forEach(mutations::add);
        for (ObjectTypeDefinition type : mutations) {
            for (FieldDefinition field : type.getFieldDefinitions()) {
                if (!roles.declared().containsKey("Mutation." + field.getName())) {
                    undeclared.add(field.getName());
                }
            }
        }
        assertThat(undeclared).isEmpty();
        assertThat(roles.required("Mutation", "updateProject")).contains(Role.EDITOR);
        assertThat(roles.required("Mutation", "createApiKey")).contains(Role.ADMIN);
    }

    @Test
    void readsNeedViewerAnalysesAnalystAndMeNothing() {
        assertThat(roles.required("Query", "enterprises")).contains(Role.VIEWER);
        assertThat(roles.required("Query", "chainGapReport")).contains(Role.ANALYST);
        assertThat(roles.required("Query", "auditLog")).contains(Role.ADMIN);
        assertThat(roles.required("Query", "me")).isEqualTo(Optional.empty());
        assertThat(roles.required("Query", "__schema")).isEqualTo(Optional.empty());
        assertThat(roles.required("Enterprise", "name")).isEqualTo(Optional.empty());
        assertThat(roles.required("Mutation", "someFutureWrite")).contains(Role.ADMIN);
    }
}
