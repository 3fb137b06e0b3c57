/** A small JSON Schema checker for the tests: the keywords Structured Outputs uses. */
type Schema = Record<string, any>;

export function schemaErrors(value: unknown, schema: Schema, root: Schema = schema, path = "$"): string[] {
  if (schema.$ref) {
    const target = schema.$ref
      .slice(2)
      .split("/")
      .reduce((node: any, key: string) => node?.[key], root);
    return schemaErrors(value, { ...schema, $ref: undefined, ...target }, root, path);
  }
  if (schema.anyOf) {
    const ok = schema.anyOf.some((s: Schema) => schemaErrors(value, s, root, path).length === 0);
    return ok ? [] : [`${path}: matches no anyOf branch`];
  }
  const errors: string[] = [];
  if ("const" in schema && JSON.stringify(value) !== JSON.stringify(schema.const))
    errors.push(`${path}: not the const`);
  if (schema.enum && !schema.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(value)))
    errors.push(`${path}: not in enum`);
  const types: string[] = schema.type ? (Array.isArray(schema.type) ? schema.type : [schema.type]) : [];
  const actual =
    value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  if (types.length && !types.some((t) => t === actual || (t === "number" && actual === "integer")))
    return [`${path}: ${actual} is not ${types.join("|")}`];
  if (actual === "object") {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${path}.${key}: missing`);
    for (const [key, v] of Object.entries(obj)) {
      if (schema.properties?.[key]) errors.push(...schemaErrors(v, schema.properties[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  }
  if (actual === "array") {
    const arr = value as unknown[];
    if (schema.minItems !== undefined && arr.length < schema.minItems) errors.push(`${path}: too few items`);
    if (schema.maxItems !== undefined && arr.length > schema.maxItems) errors.push(`${path}: too many items`);
    if (schema.items) arr.forEach((v, i) => errors.push(...schemaErrors(v, schema.items, root, `${path}[${i}]`)));
  }
  if (actual === "string") {
    const s = value as string;
    if (schema.minLength !== undefined && s.length < schema.minLength) errors.push(`${path}: too short`);
    if (schema.maxLength !== undefined && s.length > schema.maxLength) errors.push(`${path}: too long`);
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(s))
      errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (actual === "integer" || actual === "number") {
    const n = value as number;
    if (schema.minimum !== undefined && n < schema.minimum) errors.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && n > schema.maximum) errors.push(`${path}: above maximum`);
  }
  return errors;
}
