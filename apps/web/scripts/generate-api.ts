/**
 * Generates the typed API client's sources from the api's OpenAPI document, built in-process from
 * the server's routes (no running server): `npm run generate -w apps/web`. The files are
 * committed; test/generated-api.test.ts fails when they no longer match the api.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../../server/src/http/openapi-document.js';

const API_DIR = new URL('../src/api/', import.meta.url);

const HEADER = (what: string) =>
  `// ${what}\n// Generated from the api's OpenAPI document by \`npm run generate -w apps/web\`: do not edit.\n\n`;

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function child(value: unknown, ...path: string[]): Schema {
  let node = value;
  for (const key of path) {
    if (!isSchema(node) || !(key in node))
      throw new Error(`OpenAPI document has no ${path.join('.')}`);
    node = node[key];
  }
  if (!isSchema(node)) throw new Error(`OpenAPI ${path.join('.')} is not an object`);
  return node;
}

/** The JSON Schema keywords the form can check in the browser; the rest only annotate. */
const RULE_KEYWORDS = [
  'type',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'x-decimal-places',
  'enum',
  'format',
];

function fieldRule(schema: Schema, required: boolean): Schema {
  // A nullable field is `anyOf: [T, null]`: its rules are those of T.
  const branches = Array.isArray(schema.anyOf) ? schema.anyOf.filter(isSchema) : [schema];
  const nullable = branches.some((b) => b.type === 'null');
  const main = branches.find((b) => b.type !== 'null') ?? {};
  const rule: Schema = { required, nullable };
  for (const keyword of RULE_KEYWORDS) {
    if (keyword in main) rule[keyword] = main[keyword];
  }
  return rule;
}

/** The JSON request body of a POST route. */
const postBody = (document: Schema, path: string) =>
  child(document, 'paths', path, 'post', 'requestBody', 'content', 'application/json', 'schema');

/** Rules of a create body, field by field. */
function fieldRules(body: Schema): Record<string, Schema> {
  const required = new Set(Array.isArray(body.required) ? body.required.map(String) : []);
  return Object.fromEntries(
    Object.entries(child(body, 'properties')).map(([name, schema]) => [
      name,
      fieldRule(isSchema(schema) ? schema : {}, required.has(name)),
    ]),
  );
}

/**
 * The product and alert rule forms' rules, plus the email pattern the api's validator uses and
 * what each kind of alert rule needs (`x-kinds`).
 */
function validationRules(document: Schema): string {
  const email = fullFormats.email;
  if (!(email instanceof RegExp)) throw new Error('ajv-formats email format is not a RegExp');
  const alertBody = postBody(document, '/alerts/rules');
  return (
    HEADER('Validation rules of the product and alert rule fields, read from the OpenAPI schema.') +
    `export const productRules = ${JSON.stringify(fieldRules(postBody(document, '/products')), null, 2)} as const;\n\n` +
    '/** The `email` format of ajv-formats (full mode), as the api validates it. */\n' +
    `export const EMAIL_PATTERN = ${String(email)};\n\n` +
    `export const alertRuleRules = ${JSON.stringify(fieldRules(alertBody), null, 2)} as const;\n\n` +
    '/** What each kind of alert rule uses, requires, and allows as its threshold. */\n' +
    `export const alertKindRules = ${JSON.stringify(child(alertBody, 'x-kinds'), null, 2)} as const;\n`
  );
}

/** The generated files, by name under src/api/. */
export async function generateApiFiles(): Promise<Record<string, string>> {
  const document = await openApiDocument();
  const types = astToString(
    await openapiTS(document as unknown as OpenAPI3, { alphabetize: true }),
  );
  return {
    'openapi.generated.ts': HEADER('Types of the cais api (openapi-typescript).') + types,
    'rules.generated.ts': validationRules(document),
  };
}

export const apiFile = (name: string): URL => new URL(name, API_DIR);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, contents] of Object.entries(await generateApiFiles())) {
    await writeFile(apiFile(name), contents);
    console.log(`wrote src/api/${name}`);
  }
}
