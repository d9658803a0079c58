package cn.liantu.graphql;

import cn.liantu.security.Role;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The role each field needs, as the SDL declares it with {@code @requires(role:)} and
 * {@code @open}. Top-level reads need VIEWER and mutations ADMIN unless declared otherwise, so a
 * field added without a thought is closed rather than open.
 */
final class FieldRoles {

    static final String REQUIRES = "requires";
    static final String OPEN = "open";

    private final Map<String, Role> declared;
    private final Set<String> open;

    private FieldRoles(Map<String, Role> declared, Set<String> open) {
        this.declared = declared;
        this.open = open;
    }

    static FieldRoles from(TypeDefinitionRegistry types) {
        Map<String, Role> declared = new HashMap<>();
        Set<String> open = new HashSet<>();
        List<ObjectTypeDefinition> definitions = new ArrayList<>(types.getTypes(ObjectTypeDefinition.class));
        types.objectTypeExtensions().values().forEach(definitions::addAll);
        for (ObjectTypeDefinition type : definitions) {
            for (FieldDefinition field : type.getFieldDefinitions()) {
                String coordinate = type.getName() + "." + field.getName();
                if (!field.getDirectives(OPEN).isEmpty()) {
                    open.add(coordinate);
                }
                for (Directive directive : field.getDirectives(REQUIRES)) {
                    EnumValue role = (EnumValue) directive.getArgument("role").getValue();
                    declared.put(coordinate, Role.valueOf(role.getName()));
                }
            }
        }
        return new FieldRoles(declared, open);
    }

    /** The role {@code type.field} needs; empty when anyone may use it. */
    Optional<Role> required(String type, String field) {
        String coordinate = type + "." + field;
        if (open.contains(coordinate) || field.startsWith("__")) {
            return Optional.empty();
        }
        Role role = declared.get(coordinate);
        if (role != null) {
            return Optional.of(role);
        }
        return switch (type) {
            case "Query", "Subscription" -> Optional.of(Role.VIEWER);
            case "Mutation" -> Optional.of(Role.ADMIN);
            default -> Optional.empty();
        };
    }

    /** Whether a field other than a top-level one declares a role (checked on every fetch). */
    boolean declaresNested(String type, String field) {
        return declared.containsKey(type + "." + field);
    }

    Map<String, Role> declared() {
        return Map.copyOf(declared);
    }
}
