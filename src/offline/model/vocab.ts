import type { Tiktoken } from "js-tiktoken";
import { encodingForModel, type EncodingName } from "../../api/catalog";
import { encode, encoderFor } from "../../api/tokens";

/** What the generator needs to know about one encoding's tokens, cached per encoding. */
export interface Vocabulary {
  encoding: EncodingName;
  /** Largest token id + 1 (ordinary tokens only). */
  idLimit: number;
  /** How many ordinary tokens exist. */
  size: number;
  encode(text: string): number[];
  /** Encodes and remembers the result: for passages and fixed text that come back request after request. */
  encodeCached(text: string): Int32Array;
  has(id: number): boolean;
  bytes(id: number): Uint8Array;
  text(id: number): string;
  /** True for a token that starts a new word: a space, then a letter. */
  startsWord(id: number): boolean;
  /** True when the token cannot continue the word before it (it starts with a space or punctuation). */
  endsWordBefore(id: number): boolean;
  /** True when the token cannot appear inside a JSON string literal as is (a quote, a backslash, a control character). */
  breaksJsonString(id: number): boolean;
}

const vocabularies = new Map<EncodingName, Vocabulary>();

export function vocabularyFor(model: string): Vocabulary {
  const name = encodingForModel(model);
  let vocab = vocabularies.get(name);
  if (!vocab) {
    vocab = buildVocabulary(name, encoderFor(model), (text: string) => encode(text, model));
    vocabularies.set(name, vocab);
  }
  return vocab;
}

function buildVocabulary(encoding: EncodingName, enc: Tiktoken, encode: (text: string) => number[]): Vocabulary {
  // js-tiktoken keeps each token's bytes in `textMap`; decode() of one id would lose partial UTF-8 bytes.
  const textMap = (enc as unknown as { textMap?: Map<number, Uint8Array> }).textMap;
  const utf8 = new TextEncoder();
  let idLimit = 0;
  if (textMap) for (const id of textMap.keys()) if (id + 1 > idLimit) idLimit = id + 1;
  const size = textMap ? textMap.size : 0;
  const texts = new Map<number, string>();
  const jsonFlags = new Uint8Array(idLimit); // 0 unknown, 1 fine, 2 breaks a JSON string
  const wordFlags = new Uint8Array(idLimit); // 0 unknown, 1 starts a word, 2 does not
  const encoded = new Map<string, Int32Array>();

  const bytes = (id: number): Uint8Array => textMap?.get(id) ?? utf8.encode(enc.decode([id]));
  const text = (id: number): string => {
    let t = texts.get(id);
    if (t === undefined) {
      t = enc.decode([id]);
      texts.set(id, t);
    }
    return t;
  };
  return {
    encoding,
    idLimit,
    size,
    encode,
    encodeCached(t) {
      let ids = encoded.get(t);
      if (!ids) {
        ids = Int32Array.from(encode(t));
        if (encoded.size > 50_000) encoded.clear();
        encoded.set(t, ids);
      }
      return ids;
    },
    has: (id) => (textMap ? textMap.has(id) : id >= 0 && id < idLimit),
    bytes,
    text,
    startsWord(id) {
      if (id < 0 || id >= idLimit) return false;
      let flag = wordFlags[id];
      if (!flag) {
        const b = bytes(id);
        flag = b.length > 1 && b[0] === 0x20 && (b[1] | 0x20) >= 0x61 && (b[1] | 0x20) <= 0x7a ? 1 : 2;
        wordFlags[id] = flag;
      }
      return flag === 1;
    },
    endsWordBefore(id) {
      const b = bytes(id);
      if (b.length === 0) return false;
      const c = b[0] | 0x20;
      return !((c >= 0x61 && c <= 0x7a) || (b[0] >= 0x30 && b[0] <= 0x39) || b[0] >= 0x80);
    },
    breaksJsonString(id) {
      const flag = jsonFlags[id];
      if (flag) return flag === 2;
      const b = bytes(id);
      let bad = false;
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (c < 0x20 || c === 0x22 || c === 0x5c) {
          bad = true;
          break;
        }
      }
      jsonFlags[id] = bad ? 2 : 1;
      return bad;
    },
  };
}
