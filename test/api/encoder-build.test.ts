import { getEncoding } from "js-tiktoken";
import { describe, expect, it } from "vitest";
import { decode, encode, encoderFor } from "../../src/api/tokens";

// src/api/tokens.ts fills js-tiktoken's tables itself (faster than its constructor): they must be the same tables.
describe("the workbook's encoders", () => {
  it.each([
    ["gpt-4o-mini", "o200k_base"],
    ["gpt-3.5-turbo", "cl100k_base"],
  ] as const)(
    "%s: the same rank and text tables as js-tiktoken's %s",
    (model, name) => {
      type Tables = { rankMap: Map<string, number>; textMap: Map<number, Uint8Array> };
      const ours = encoderFor(model) as unknown as Tables;
      const theirs = getEncoding(name) as unknown as Tables;
      expect(ours.rankMap.size).toBe(theirs.rankMap.size);
      for (const [key, rank] of theirs.rankMap)
        if (ours.rankMap.get(key) !== rank) expect(ours.rankMap.get(key), key).toBe(rank);
      for (const [rank, bytes] of theirs.textMap) {
        const mine = ours.textMap.get(rank);
        if (!mine || Buffer.compare(Buffer.from(mine), Buffer.from(bytes)) !== 0)
          expect([...(mine ?? [])], `rank ${rank}`).toEqual([...bytes]);
      }
      const text = "Grüße, 世界! Tokenization isn't word splitting: 12345 🎉";
      expect(decode(encode(text, model), model)).toBe(text);
    },
    30_000,
  );
});
