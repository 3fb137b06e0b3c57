/** One message of the conversation as the model reads it: its role and its text. */
export interface ConversationTurn {
  role: string;
  text: string;
}
