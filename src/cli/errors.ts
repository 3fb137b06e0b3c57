/** Backend failures, said in one or two plain sentences instead of a stack trace. */
import OpenAI from "openai";
import { isNotStarted } from "../workbook/todo";

/**
 * API keys can appear inside error messages (401 echoes a masked key), and a base URL may carry
 * user:password@ (fetch's own errors quote the whole URL): never print either.
 */
export function redactKeys(text: string): string {
  return text
    .replace(/\b(sk-[A-Za-z0-9_*-]{2})[A-Za-z0-9_*-]+/g, "$1…")
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1[redacted]@");
}

export function describeError(error: unknown, rawBaseURL: string): string {
  const baseURL = redactKeys(rawBaseURL);
  if (error instanceof OpenAI.APIUserAbortError) return "Stopped.";
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return `The backend at ${baseURL} did not answer in time. Try again, or check that the server is up.`;
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return `Could not reach the backend at ${baseURL}. Is the server running, and is OPENAI_BASE_URL right? (${redactKeys(causeOf(error))})`;
  }
  if (error instanceof OpenAI.APIError) {
    const said = redactKeys(error.message.replace(/^\d{3}\s+/, ""));
    switch (error.status) {
      case 401:
        return `The backend rejected the API key (401). Check OPENAI_API_KEY in .env (see .env.example). The server said: ${said}`;
      case 403:
        return `The backend refused the request (403): this key or project may not have access. The server said: ${said}`;
      case 404:
        return `Not found (404): the model may not exist on this backend; set WORKBOOK_MODEL or pass --model. The server said: ${said}`;
      case 429: {
        if (error.code === "insufficient_quota")
          return `Out of quota (429): check your plan and billing. The server said: ${said}`;
        const wait = error.headers?.get("retry-after");
        return `Rate limited (429) even after the SDK's retries: wait${wait ? ` ${wait} s` : " a moment"} and try again. The server said: ${said}`;
      }
      default:
        if (error.status !== undefined && error.status >= 500)
          return `The backend had a problem (${error.status}); try again in a moment. The server said: ${said}`;
        if (error.status === 400)
          return `The backend refused the request (400${error.param ? `, parameter ${error.param}` : ""}): ${said}`;
        return `The backend answered ${error.status ?? "with an error"}: ${said}`;
    }
  }
  if (isNotStarted(error)) return `Not implemented yet: ${error.hint}`;
  if (error instanceof Error) return redactKeys(error.message);
  return redactKeys(String(error));
}

function causeOf(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    return code ? `${code}: ${cause.message}` : cause.message;
  }
  return error.message;
}
