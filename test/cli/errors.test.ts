import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { describeError, redactKeys } from "../../src/cli/errors";
import { NotStartedError } from "../../src/workbook/todo";

const URL = "http://127.0.0.1:9/v1";
const apiError = (
  status: number,
  message: string,
  extra: { code?: string; headers?: Record<string, string>; param?: string } = {},
) =>
  OpenAI.APIError.generate(
    status,
    { error: { message, type: "x", code: extra.code ?? null, param: extra.param ?? null } },
    undefined,
    new Headers(extra.headers ?? {}),
  );

describe("describeError (the apps' messages for backend failures)", () => {
  it("says what to check for each failure, in one line", () => {
    expect(describeError(apiError(401, "Incorrect API key provided: sk-proj-abcdefghijklmnop."), URL)).toMatch(
      /^The backend rejected the API key \(401\)\. Check OPENAI_API_KEY/,
    );
    expect(
      describeError(
        apiError(429, "Rate limit reached.", { code: "rate_limit_exceeded", headers: { "retry-after": "3" } }),
        URL,
      ),
    ).toMatch(/^Rate limited \(429\).*wait 3 s/);
    expect(
      describeError(apiError(429, "You exceeded your current quota.", { code: "insufficient_quota" }), URL),
    ).toMatch(/^Out of quota \(429\)/);
    expect(describeError(apiError(404, "The model `x` does not exist."), URL)).toMatch(
      /^Not found \(404\).*WORKBOOK_MODEL/,
    );
    expect(describeError(apiError(400, "Invalid 'temperature'.", { param: "temperature" }), URL)).toMatch(
      /^The backend refused the request \(400, parameter temperature\)/,
    );
    expect(describeError(apiError(503, "Overloaded."), URL)).toMatch(/^The backend had a problem \(503\)/);
    expect(
      describeError(
        new OpenAI.APIConnectionError({
          message: "Connection error.",
          cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
        }),
        URL,
      ),
    ).toBe(
      `Could not reach the backend at ${URL}. Is the server running, and is OPENAI_BASE_URL right? (ECONNREFUSED: connect ECONNREFUSED)`,
    );
    expect(describeError(new OpenAI.APIConnectionTimeoutError(), URL)).toMatch(/did not answer in time/);
    expect(describeError(new NotStartedError("Write chat()."), URL)).toBe("Not implemented yet: Write chat().");
  });

  it("never shows an API key, even one the server echoed", () => {
    const said = describeError(apiError(401, "Incorrect API key provided: sk-proj-abcdefghijklmnop1234."), URL);
    expect(said).not.toContain("abcdefghijklmnop1234");
    expect(redactKeys("key sk-test-secret-key-1234567890 and sk-ab")).toBe("key sk-te… and sk-ab");
  });

  it("never shows credentials from a base URL, in the URL or in what fetch said about it", () => {
    const withCredentials = "http://user:hunter2@127.0.0.1:9/v1";
    const cause = new TypeError(
      `Request cannot be constructed from a URL that includes credentials: ${withCredentials}/models`,
    );
    const said = describeError(new OpenAI.APIConnectionError({ message: "Connection error.", cause }), withCredentials);
    expect(said).not.toContain("hunter2");
    expect(said).toContain("http://[redacted]@127.0.0.1:9/v1");
    expect(describeError(new Error(`failed at ${withCredentials}`), "")).not.toContain("hunter2");
  });
});
