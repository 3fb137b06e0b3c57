import { describe, expect, it } from "vitest";
import { fastEncoderOf } from "../../src/api/bpe";
import { countMessageTokens, countTokens, decode, encode, encoderFor } from "../../src/api/tokens";

describe("api: fast byte-pair encoding", () => {
  it("gives exactly js-tiktoken's token ids, for both encodings", () => {
    const texts = [
      "Hello, world! What's the capital of France?",
      "déjà vu — naïve café 🎉🎉 中文字符 العربية\n\n\t  spaces   and\r\nnewlines",
      "def f(x):\n    return x ** 2  # comment <|endoftext|> more",
      "x".repeat(300),
      "ab".repeat(200) + " " + "🙂".repeat(40),
      "aGVsbG8gd29ybGQ=".repeat(20),
      "https://example.com/a/very/long/path?with=query&and=parameters_that_go_on_and_on_and_on",
    ];
    for (const model of ["gpt-4o-mini", "gpt-3.5-turbo"]) {
      const slow = encoderFor(model);
      const fast = fastEncoderOf(encoderFor(model));
      for (const text of texts)
        expect(fast.encode(text), `${model}: ${text.slice(0, 30)}`).toEqual(slow.encode(text, "all"));
    }
  });

  it("encodes a 50,000-character word quickly (js-tiktoken would take minutes)", () => {
    const ids = fastEncoderOf(encoderFor("gpt-4o-mini")).encode("x".repeat(50_000));
    expect(ids.length).toBeGreaterThan(1000);
    expect(encoderFor("gpt-4o-mini").decode(ids)).toBe("x".repeat(50_000));
  });

  it("the workbook's encode/countTokens/countMessageTokens give js-tiktoken's ids, on mixed text and on one long word", () => {
    const text = "déjà vu 🎉 def f(x):\n    return x ** 2 <|endoftext|> https://example.com/a?b=c";
    for (const model of ["gpt-4o-mini", "gpt-3.5-turbo"]) {
      expect(encode(text, model)).toEqual(encoderFor(model).encode(text, "all"));
      expect(decode(encode(text, model), model)).toBe(text);
    }
    // How fast a long word is counted is a bench figure (npm run bench -- offline), not a test's.
    const word = "x".repeat(100_000);
    expect(countTokens(word)).toBe(encode(word).length);
    expect(countMessageTokens([{ role: "user", content: word }])).toBe(encode(word).length + 7);
  });
});
