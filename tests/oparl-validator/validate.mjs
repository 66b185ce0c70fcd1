// Validates OParl objects against the official OParl 1.1 draft-07 schemas with ajv.
//
//   node validate.mjs <schema-directory>
//
// The schema directory (../shared/oparl-schema/json-schema-draft-07-branch) is read at run time: the schemas are
// third-party material and stay out of this repository. One process serves a whole crawl: it reads JSON lines
// {"type": "<Type or type URL>", "object": {...}} on stdin and answers each with one line
// {"valid": true|false, "errors": [{"path": "/x", "message": "..."}]}, in the same order. The first line it writes
// is {"ready": true, "types": [...], "properties": {"<Type>": [names]}} once all schemas compiled (the property names
// let the caller tell extension fields from OParl ones) and "lists": {"<Type>": {"<property>": "<item type>"}} (the
// properties that link to external object lists), or {"ready": false, "error": "..."}.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const schemaDirectory = process.argv[2];
if (!schemaDirectory) {
  process.stdout.write(JSON.stringify({ ready: false, error: "usage: node validate.mjs <schema-directory>" }) + "\n");
  process.exit(2);
}

let validators;
try {
  validators = compileSchemas(schemaDirectory);
} catch (error) {
  process.stdout.write(JSON.stringify({ ready: false, error: String(error?.message ?? error) }) + "\n");
  process.exit(1);
}
const properties = Object.fromEntries([...validators].map(([type, validate]) => [type, Object.keys(validate.schema.properties ?? {})]));
const lists = Object.fromEntries([...validators].map(([type, validate]) => [type, externalLists(validate.schema)]));
process.stdout.write(JSON.stringify({ ready: true, types: [...validators.keys()].sort(), properties, lists }) + "\n");

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === "") continue;
  process.stdout.write(JSON.stringify(validateLine(line)) + "\n");
}

function compileSchemas(directory) {
  // strict: false because the OParl schemas carry their own annotation keywords (references, backreference,
  // cardinality) and put "items" beside "type": "string" on external-list links.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // OParl's own format: an absolute http(s) URL (object ids, list links, file URLs).
  ajv.addFormat("url", (value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  });

  const names = readdirSync(directory).filter((file) => file.endsWith(".json")).sort();
  if (names.length === 0) throw new Error(`no *.json schemas in ${directory}`);
  for (const file of names) {
    const schema = adapt(JSON.parse(readFileSync(join(directory, file), "utf8")));
    // The schemas refer to each other as "Location.json" relative to their $id ".../1.1/Location", so each one is
    // registered under the file name its neighbours use.
    ajv.addSchema(schema, new URL(file, schema.$id).href);
  }

  const compiled = new Map();
  for (const file of names) {
    const type = file.replace(/\.json$/, "");
    const schema = ajv.getSchema(new URL(file, `https://schema.oparl.org/1.1/`).href);
    if (!schema) throw new Error(`schema ${file} did not compile`);
    compiled.set(type, schema);
  }
  return compiled;
}

// The draft-07 branch is an unreleased conversion with one slip: Body.mainOrganization is a URL string but also
// carries "$ref": "Organization", which in draft-07 replaces its siblings and would demand an embedded object.
// A $ref beside "type": "string" is dropped here (in memory only) so the property is checked as the URL it is.
function adapt(node) {
  if (Array.isArray(node)) return node.map(adapt);
  if (node === null || typeof node !== "object") return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && node.type === "string") continue;
    copy[key] = adapt(value);
  }
  return copy;
}

// Properties marked "references": "externalList" link to a paged list; their items' schema names the item type.
function externalLists(schema) {
  const lists = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (property.references === "externalList") {
      lists[name] = String(property.items?.$ref ?? "").replace(/\.json$/, "");
    }
  }
  return lists;
}

function validateLine(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return { valid: false, errors: [{ path: "", message: `not JSON: ${error.message}` }] };
  }
  const type = String(request?.type ?? "").replace(/^https:\/\/schema\.oparl\.org\/1\.[01]\//, "");
  const validate = validators.get(type);
  if (!validate) {
    return { valid: false, errors: [{ path: "/type", message: `no schema for type "${request?.type}"` }] };
  }
  if (validate(request.object)) return { valid: true, errors: [] };
  return {
    valid: false,
    errors: validate.errors.map((error) => ({
      path: error.instancePath,
      message: `${error.message}${error.params && Object.keys(error.params).length ? " " + JSON.stringify(error.params) : ""}`,
    })),
  };
}
