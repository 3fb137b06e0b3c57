/**
 * Structured Outputs' `pattern`, run by a linear-time engine. JavaScript's RegExp backtracks:
 * `^(x+)+y$` takes seconds per added character, and a pattern arrives with every request, so the
 * offline model matches with re2js (a pure-JS port of RE2) and refuses what RE2 cannot run
 * (lookaround, backreferences, repeat counts above 1000), as the API's grammar engine does.
 */
import { RE2JS } from "re2js";

/** Longer patterns are refused: a generation cap of the offline model, far above any real schema's. */
export const MAX_PATTERN_LENGTH = 1000;

export interface Pattern {
  source: string;
  /** True when the pattern matches somewhere in `text` (JSON Schema patterns are not anchored). */
  test(text: string): boolean;
}

const cache = new Map<string, Pattern | string>();

/** The compiled pattern, or a sentence saying why it cannot be run. */
export function compilePattern(source: string): Pattern | string {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const result = compile(source);
  if (cache.size > 500) cache.clear();
  cache.set(source, result);
  return result;
}

function compile(source: string): Pattern | string {
  if (source.length > MAX_PATTERN_LENGTH)
    return `it is ${source.length} characters long; the offline model runs patterns of at most ${MAX_PATTERN_LENGTH}`;
  // RE2 has no backreferences, and translateRegExp would quietly turn \k<name> into a literal.
  if (/\\(?:[1-9]|k<)/.test(source.replace(/\\\\/g, "")))
    return "backreferences (\\1, \\k<name>) cannot be matched in linear time";
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(source));
    return { source, test: (text: string) => re.matcher(text).find() };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp:\s*/, "") : String(error);
    return `${reason} (patterns are run in linear time: no lookaround or backreferences, repeat counts up to 1000)`;
  }
}
