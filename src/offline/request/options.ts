/** How the offline model is run: pacing (so a stream looks like a stream) and fault injection. */

/** What a fault does to the request it hits. */
export type FaultKind = "429" | "500" | "502" | "503" | "quota" | "cut-stream";

export interface FaultSpec {
  kind: FaultKind;
  /** How many attempts fail before one succeeds; Infinity = every attempt fails. */
  times: number;
  /** The retry-after the reply asks for, in seconds (a 429 always sends one: default 1). */
  retryAfterSeconds?: number;
}

export interface OfflineOptions {
  /** Tokens per second while streaming; 0 or unset = as fast as possible. */
  tokensPerSecond?: number;
  /** Delay before the first token, in ms; 0 or unset = none. */
  timeToFirstTokenMs?: number;
  /**
   * Makes the first requests through this backend fail, to practise retries: "429*2" (two 429s, then
   * success), "500", "503*1", "cut-stream" (a stream breaks halfway), or a FaultSpec. Without a count,
   * every request fails. The same syntax works per request with the `x-workbook-fault` header.
   */
  fault?: string | FaultSpec;
  /**
   * The day the offline model believes it is (YYYY-MM-DD or a Date): models shut down on or before it
   * answer 404 model_not_found, as the API does. Default: WORKBOOK_TODAY, else the clock.
   */
  today?: string | Date;
}
