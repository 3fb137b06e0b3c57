// Mistake: fromJSON parses and copies whatever it gets, without checking a single field.
import type OpenAI from "openai";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  static override fromJSON(client: OpenAI, json: string): MultiModeChatApp {
    const data = JSON.parse(json);
    const app = new MultiModeChatApp(client, { model: data.model, systemMessage: data.systemMessage ?? undefined });
    app.currentMode = data.mode;
    app.branchMap = new Map(
      (data.branches ?? []).map((b: { id: string; parent: string | null; messages: object[] }) => [
        b.id,
        { ...b, entries: b.messages.map((message) => ({ message })) },
      ]),
    );
    app.currentBranch = data.currentBranch;
    app.totals = data.usage;
    return app;
  }
}
