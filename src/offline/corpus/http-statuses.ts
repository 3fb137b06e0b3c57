/**
 * HTTP status codes and their reason phrases, read from Node's own table (http.STATUS_CODES), and
 * what each class of codes means. A status a learner meets (404, 500, 429) is answered from here.
 */
import { STATUS_CODES } from "node:http";
import type { Source } from "./countries";

export const HTTP_STATUS_SOURCE: Source = {
  url: "https://nodejs.org/api/http.html#httpstatus_codes",
  says: "A collection of all the standard HTTP response status codes, and the short description of each.",
};

/** RFC 9110, section 15: the first digit of a status code defines its class. */
export const HTTP_CLASS_SOURCE: Source = {
  url: "https://www.rfc-editor.org/rfc/rfc9110#section-15",
  says: "The first digit of the status code defines the class of response: 1xx informational, 2xx successful, 3xx redirection, 4xx client error, 5xx server error.",
};

const CLASSES: Record<string, string> = {
  "1": "an informational response: the request was received and is still being processed",
  "2": "a success: the request was received, understood and accepted",
  "3": "a redirection: the client has to go somewhere else to finish the request",
  "4": "a client error: the request itself is wrong or asks for something the server won't give",
  "5": "a server error: the request looked valid, but the server failed to carry it out",
};

export interface HttpStatus {
  code: number;
  /** The reason phrase: "Not Found". */
  phrase: string;
  /** What its class means, as a phrase. */
  kind: string;
  isError: boolean;
}

export function httpStatus(code: number): HttpStatus | undefined {
  const phrase = STATUS_CODES[code];
  const kind = CLASSES[String(code).charAt(0)];
  if (!phrase || !kind || code < 100 || code > 599) return undefined;
  return { code, phrase, kind, isError: code >= 400 };
}
