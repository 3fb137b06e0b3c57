import OpenAI from "openai";
import { createClient } from "./client";

/**
 * The ready-made `client` of the notebooks, created on first use rather than at import: importing
 * the helper module then never fails (WORKBOOK_BACKEND=openai without a key fails at the first
 * request, with the message that says what to set) and never pays for a backend it does not use.
 *
 * It is a stand-in for the real `OpenAI` instance: every property read goes to that instance, and
 * its methods run bound to it (the SDK keeps private state that a proxy as `this` could not reach).
 */
export function lazyClient(create: () => OpenAI = () => createClient()): OpenAI {
  let real: OpenAI | undefined;
  const instance = () => (real ??= create());
  // The target carries the prototype, so `client instanceof OpenAI` holds before first use too.
  return new Proxy(Object.create(OpenAI.prototype) as OpenAI, {
    get(_target, key) {
      const value = Reflect.get(instance(), key);
      return typeof value === "function" ? value.bind(instance()) : value;
    },
    set(_target, key, value) {
      return Reflect.set(instance(), key, value);
    },
    has(_target, key) {
      return key in instance();
    },
  });
}
