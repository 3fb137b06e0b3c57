// Mistake: refuses every broken file with the same message, which never says which field is wrong.
import type OpenAI from "openai";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  static override fromJSON(client: OpenAI, json: string): MultiModeChatApp {
    try {
      return Reference.fromJSON(client, json) as MultiModeChatApp;
    } catch {
      throw new Error("This file cannot be loaded: it is not a valid export.");
    }
  }
}
