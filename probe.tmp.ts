import { handleRequest } from "./src/offline/handler";
const post = async (body: unknown, headers: Record<string,string> = { "content-type": "application/json" }, url = "https://api.openai.com/v1/chat/completions") => {
  const t = performance.now();
  const r = await handleRequest(new Request(url, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
  const text = await r.text();
  console.log(r.status, Math.round(performance.now() - t) + "ms", text.slice(0, 300).replace(/\s+/g, " "));
};
const msg = [{ role: "user", content: "Give me a code" }];
const rf = (schema: unknown) => ({ type: "json_schema", json_schema: { name: "x", strict: true, schema } });
const obj = (props: Record<string, unknown>) => ({ type: "object", properties: props, required: Object.keys(props), additionalProperties: false });
await post({ model: "gpt-4o-mini", messages: msg });
await post({ model: "gpt-4o-mini", messages: msg, response_format: rf(obj({ code: { type: "string", pattern: "^a{1000000000}$" } })) });
await post({ model: "gpt-4o-mini", messages: msg, response_format: rf(obj({ code: { type: "array", items: { type: "string" }, minItems: 1000000000 } })) });
await post({ model: "gpt-4o-mini", messages: msg, response_format: rf(obj({ code: { type: "string", minLength: 1e9 } })) });
await post({ model: "gpt-4o-mini", messages: msg, response_format: rf(obj({ code: { type: "string", pattern: "^(x+)+y$", minLength: 5000 } })) });
await post({ model: "gpt-4o-mini", messages: msg, response_format: rf(obj({ code: { type: "string", pattern: "^[A-Z]{3}-\\d{4}$" } })) });
const deep = '{"type":"object","properties":{"a":'.repeat(5000) + '{"type":"string"}' + "}}".repeat(5000);
await post(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":${deep}}}]}`);
const deepAny = '{"anyOf":['.repeat(5000) + '{"type":"string"}' + "]}".repeat(5000);
await post(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"tool_choice":"required","tools":[{"type":"function","function":{"name":"f","parameters":${deepAny}}}]}`);
const deepMsg = '['.repeat(100000) + "]".repeat(100000);
await post(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"metadata":${deepMsg}}`);
await post(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi", "x": ${deepMsg}}]}`);
// minItems nested product
let prod: any = { type: "string" };
for (let i = 0; i < 5; i++) prod = { type: "array", items: prod, minItems: 1000 };
await post({ model: "gpt-4o-mini", messages: msg, response_format: rf(obj({ a: prod })) });
// $ref escape
await post({ model: "gpt-4o-mini", messages: msg, response_format: { type: "json_schema", json_schema: { name: "x", schema: { type: "object", properties: { a: { $ref: "#/x/y" } }, x: { y: { type: "string", minLength: 1e9 } } } } } });
await post({ model: "gpt-4o-mini", messages: msg }, { "content-type": "text/plain" });
await post({ model: "gpt-4o-mini", messages: msg }, { "content-type": "application/json" }, "https://api.openai.com/v1/foo/chat/completions");
const g = await handleRequest(new Request("https://api.openai.com/v1/models/%E0%A4%A")); console.log(g.status, await g.text());
await post({ model: "gpt-4o-mini", messages: [{ role: "user", content: [] }] });
await post({ model: "gpt-4o-mini", messages: [{ role: "user", content: [{ type: "image_url" }] }] });
await post({ model: "gpt-4o-mini", messages: msg, metadata: { a: 1 } });
await post({ model: "gpt-4o-mini", messages: [{ role: "user", content: "weather?" }, { role: "assistant", tool_calls: [{ id: "call_1", type: "function", function: { name: "w", arguments: "{}" } }] }, { role: "user", content: "and?" }] });
