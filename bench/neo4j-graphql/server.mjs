// The Neo4j GraphQL Library (@neo4j/graphql) over LianTu's database, served by graphql-yoga, for
// bench/run.sh to compare LianTu against. Started by the benchmark with:
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 CYPHER_FIELDS=target/bench/cypher-fields.json node server.mjs
// typeDefs.graphql maps LianTu's graph (cypher/README.md) for what the library expresses itself:
// lists with filters, sorting, nested relations and aggregate counts. The analyses it cannot
// express (gap report, investment targets, supply chain, ledger, search across labels) become
// Query fields with @cypher: the benchmark writes them to CYPHER_FIELDS, one field per statement
// LianTu sends for the operation, holding that statement's text, so both run the same Cypher.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import { GraphQLScalarType, Kind, valueFromASTUntyped } from "graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
const here = new URL(".", import.meta.url);

let typeDefs = readFileSync(new URL("typeDefs.graphql", here), "utf8");
const fields = process.env.CYPHER_FIELDS ? JSON.parse(readFileSync(process.env.CYPHER_FIELDS, "utf8")) : [];
// A run of list operations only has no @cypher field: no Query type of our own then.
const cypherFields = fields.length > 0;
if (cypherFields) {
  const lines = fields.map((f) => {
    const args = Object.entries(f.arguments).map(([name, type]) => `${name}: ${type}`).join(", ");
    const statement = f.statement.replaceAll('"""', '\\"""');
    return `  ${f.field}${args ? `(${args})` : ""}: [JSON!]! @cypher(statement: """\n${statement}\n""", columnName: "row")`;
  });
  typeDefs += `\n"A row of a @cypher field as JSON."\nscalar JSON\n\ntype Query {\n${lines.join("\n")}\n}\n`;
}

/** Rows of @cypher fields as plain JSON: integers as numbers, nodes as their properties. */
function plain(value) {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isNode(value)) return plain(value.properties);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value",
  serialize: plain,
  parseValue: (v) => v,
  // Map parameters (keys that are no GraphQL names) arrive as JSON text.
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? JSON.parse(ast.value) : valueFromASTUntyped(ast)),
});

const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "none"), { maxConnectionPoolSize: 64 });

// LianTu's embedded Neo4j, packed into one jar, reports its version as "dev" (the jar's manifest
// is LianTu's), which the library cannot parse: it asks once, on the first request, with this
// statement. Answer it with the version the embedded database is (pom.xml: neo4j.version).
const VERSION_QUERY = "CALL dbms.components() YIELD versions, edition";
const embeddedVersion = process.env.NEO4J_VERSION ?? "2026.09.0";
function versionAware(tx) {
  return {
    run: (query, parameters) => query.includes(VERSION_QUERY)
      ? tx.run(`CALL dbms.components() YIELD versions, edition UNWIND versions AS version
                RETURN CASE version WHEN 'dev' THEN $embeddedVersion ELSE version END AS version, edition`,
               { embeddedVersion })
      : tx.run(query, parameters),
  };
}
const libraryDriver = new Proxy(driver, {
  get(target, property) {
    if (property === "session") {
      return (config) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(s, p) {
            if (p === "executeRead") return (work, cfg) => s.executeRead((tx) => work(versionAware(tx)), cfg);
            const value = Reflect.get(s, p, s);
            return typeof value === "function" ? value.bind(s) : value;
          },
        });
      };
    }
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

const neoSchema = new Neo4jGraphQL({ typeDefs, driver: libraryDriver, resolvers: cypherFields ? { JSON: JSONScalar } : {} });
const schema = await neoSchema.getSchema();

const yoga = createYoga({
  schema,
  graphqlEndpoint: "/graphql",
  graphiql: false,
  logging: "warn",
  context: () => ({ sessionConfig: { database: "neo4j" } }),
});

createServer(yoga).listen(port, "127.0.0.1", () => {
  console.log(`Neo4j GraphQL Library ready on http://127.0.0.1:${port}/graphql (Neo4j at ${uri})`);
});
