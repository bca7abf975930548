import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';

// Checks requests against GitHub's official OpenAPI description (@octokit/openapi,
// api.github.com.json): the operation exists, every query parameter is declared, and the
// JSON body matches the operation's request schema. Loaded once, lazily: the file is 13 MB.

interface Operation {
  parameters?: Array<{ $ref?: string; name?: string; in?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}

type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, { name: string; in: string }> };
};

let loaded: { spec: Spec; routes: Array<{ regex: RegExp; template: string }>; ajv: Ajv } | undefined;

function load() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const spec = JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as Spec;
  const routes = Object.keys(spec.paths).map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  jsonSchema(spec);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(spec as object, 'github');
  loaded = { spec, routes, ajv };
  return loaded;
}

// OpenAPI 3.0's `nullable` is not JSON Schema: turn it into a null type or a null alternative.
function jsonSchema(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) jsonSchema(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (schema.nullable === true) {
    if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
    else if (Array.isArray(schema.oneOf)) schema.oneOf.push({ type: 'null' });
    else if (Array.isArray(schema.anyOf)) schema.anyOf.push({ type: 'null' });
  }
  if ('nullable' in schema) delete schema.nullable;
  for (const value of Object.values(schema)) jsonSchema(value);
}

const pointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** What the official description says is wrong with a request; [] when it conforms. */
export function openApiProblems(
  method: string,
  path: string,
  query: URLSearchParams,
  body: string,
): string[] {
  const { spec, routes, ajv } = load();
  const verb = method.toLowerCase();
  const route = routes.find(
    (candidate) => candidate.regex.test(path) && spec.paths[candidate.template]?.[verb],
  );
  if (!route) return [`${method} ${path}: no such operation`];
  const operation = spec.paths[route.template]?.[verb] as Operation;
  const declared = new Set(
    (operation.parameters ?? [])
      .map((parameter) =>
        parameter.$ref ? spec.components.parameters[parameter.$ref.split('/').pop() ?? ''] : parameter,
      )
      .filter((parameter) => parameter?.in === 'query')
      .map((parameter) => parameter?.name),
  );
  const problems = [...query.keys()]
    .filter((name) => !declared.has(name))
    .map((name) => `${method} ${route.template}: undeclared query parameter ${name}`);
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (schema && body) {
    const validate = ajv.getSchema(
      `github#/paths/${pointer(route.template)}/${verb}/requestBody/content/application~1json/schema`,
    );
    if (validate && !validate(JSON.parse(body)))
      problems.push(`${method} ${route.template}: ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}
