/**
 * Reference solution of the `stream-progress` exercise (see src/exercises/stream-progress.ts for the
 * task). The work is done by ProgressStream in solutions/parts/stream-progress.ts, one method per
 * decision, so that each mutant in test/mutants/stream-progress overrides one of them.
 */
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "./parts/stream-progress";

export { terminalDisplay, type StreamProgressOptions } from "./parts/stream-progress";

export async function streamWithProgress(
  client: OpenAI,
  prompt: string,
  options: StreamProgressOptions = {},
): Promise<{ content: string; tokens: number; seconds: number }> {
  return new ProgressStream(client, prompt, options).run();
}
