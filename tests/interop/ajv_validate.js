// Validate documents with ajv's draft 2020-12 build in strict mode, against ONE schema
// file and nothing else loaded (no other schema, no formats, no network).
//
//   node tests/interop/ajv_validate.js SCHEMA.json DOCUMENTS.json
//
// DOCUMENTS.json holds a JSON array of documents. Prints a JSON array with one verdict
// per document: {"valid": true} or {"valid": false, "errors": [instancePath, ...]}.
// Exit 0 when it ran (whatever the verdicts), 2 when the schema does not compile.
// ajv is found through NODE_PATH (e.g. NODE_PATH=<prefix>/node_modules).
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020").default;

const [schemaPath, documentsPath] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const documents = JSON.parse(fs.readFileSync(documentsPath, "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
let validate;
try {
  validate = ajv.compile(schema);
} catch (error) {
  process.stderr.write(`ajv strict refused ${schemaPath}: ${error.message}\n`);
  process.exit(2);
}
const verdicts = documents.map((document) =>
  validate(document)
    ? { valid: true }
    : { valid: false, errors: validate.errors.map((e) => e.instancePath) },
);
process.stdout.write(JSON.stringify(verdicts) + "\n");
