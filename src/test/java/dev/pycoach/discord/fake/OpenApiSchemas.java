package dev.pycoach.discord.fake;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates request bodies against Discord's own OpenAPI description ({@code ../shared/discord-api/openapi.json},
 * outside the project). Where the description is stricter than Discord itself, in ways JDA relies on, it is
 * loosened: snowflakes are accepted as strings or integers (JDA sends some ids as numbers), and command
 * {@code contexts} / {@code integration_types} as numeric strings (JDA sends {@code ["0","1"]}).
 */
public final class OpenApiSchemas {
    public static final Path SPEC = Path.of("..", "shared", "discord-api", "openapi.json");
    private static final String BASE = "https://discord.test/openapi.json";
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiSchemas(String spec) {
        // Discord's own annotation (x-discord-union) and OpenAPI's are not validation keywords.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new NonValidationKeyword("x-discord-union")).build();
        this.registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemas(Map.of(BASE, spec)));
    }

    /** The validator, or empty when {@code ../shared} is not beside the project. */
    public static Optional<OpenApiSchemas> load() {
        if (!Files.isRegularFile(SPEC)) {
            return Optional.empty();
        }
        try {
            JsonMapper mapper = JsonMapper.builder().build();
            JsonNode spec = mapper.readTree(Files.readString(SPEC));
            ObjectNode snowflake = (ObjectNode) spec.get("components").get("schemas").get("SnowflakeType");
            snowflake.removeAll();
            snowflake.putArray("anyOf").addObject().put("type", "integer")
                    .put("minimum", 0);
            ((tools.jackson.databind.node.ArrayNode) snowflake.get("anyOf")).addObject().put("type", "string")
                    .put("pattern", "^(0|[1-9][0-9]*)$");
            ObjectNode all = (ObjectNode) spec.get("components").get("schemas");
            allowNumericStrings(all, "InteractionContextType");
            allowNumericStrings(all, "ApplicationIntegrationType");
            return Optional.of(new OpenApiSchemas(mapper.writeValueAsString(spec)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SPEC, e);
        }
    }

    /** An integer enum ({@code oneOf} of {@code const}s) that also accepts its values as strings. */
    private static void allowNumericStrings(ObjectNode schemas, String name) {
        JsonNode original = schemas.get(name).deepCopy();
        ObjectNode loosened = schemas.putObject(name);
        tools.jackson.databind.node.ArrayNode anyOf = loosened.putArray("anyOf");
        anyOf.add(original);
        tools.jackson.databind.node.ArrayNode values = anyOf.addObject().put("type", "string").putArray("enum");
        original.get("oneOf").forEach(option -> values.add(option.get("const").asString()));
    }

    /** Problems of {@code json} against {@code components/schemas/<name>}, empty when valid. */
    public List<String> validate(String name, String json) {
        Schema schema = schemas.computeIfAbsent(name,
                n -> registry.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + n)));
        return schema.validate(json, InputFormat.JSON).stream()
                .map(e -> name + " at " + e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
