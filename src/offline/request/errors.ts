/** Errors the way the real API sends them: status, `{"error": {message, type, param, code}}`, headers. */
import { randomBytes } from "node:crypto";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  toJSON() {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

/** 400 invalid_request_error, the most common case. */
export function invalidRequest(message: string, param: string | null = null, code: string | null = null): ApiError {
  return new ApiError(400, message, "invalid_request_error", param, code);
}

export function requestId(): string {
  return `req_${randomBytes(16).toString("hex")}`;
}

/** Headers every reply carries, like the API's: a request id, the API version, processing time. */
export function baseHeaders(id: string, startedAt: number): Record<string, string> {
  return {
    "x-request-id": id,
    "openai-version": "2020-10-01",
    "openai-processing-ms": String(Math.max(1, Math.round(performance.now() - startedAt))),
  };
}

export function errorResponse(error: ApiError, id: string, startedAt: number): Response {
  return new Response(JSON.stringify(error.toJSON(), null, 2) + "\n", {
    status: error.status,
    headers: { "content-type": "application/json", ...baseHeaders(id, startedAt), ...error.headers },
  });
}

/** How the API names JSON types in "Invalid type for ..." messages. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return Number.isInteger(value) ? "an integer" : "a decimal";
    case "boolean":
      return "a boolean";
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}
