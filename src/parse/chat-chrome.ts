/**
 * Research done with a chat assistant and pasted whole: who said what
 * (`You said:`, `ChatGPT said:`) and the assistant's closing offers
 * (`Would you like me to turn this into a cheat sheet?`) are the chat's,
 * not facts about the company; the answer between them is content.
 */
export const CHAT_PATTERNS: readonly RegExp[] = [
  /^(?:you|chatgpt|claude|gemini|copilot|perplexity|assistant|bard|user) said:?$/i,
  /^(?:would you like me to|do you want me to|shall i|if you(?:'d| would) like,? i can|let me know if you(?:'d| would) like)\b.{0,300}$/i,
  /^(?:i hope (?:this|that) helps|hope (?:this|that) helps|good luck with (?:your|the) interview)\b.{0,80}$/i,
];

/** `You said:` over what the user asked, in one paragraph: the question put to the assistant, not an answer. */
export const USER_TURN = /^(?:you|user) said:?\n/i;
