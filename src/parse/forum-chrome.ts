/**
 * A forum thread copied from the page (Reddit, Blind, Hacker News style):
 * who posted and when (`u/name · 3d`, `Posted by u/name 3 days ago`), the
 * vote and comment counters (`▲ 61 reply`, `58 comments`), the thread's
 * buttons, removed comments and a bot's notices are the site's; the posts
 * and comments between them are content.
 */
const AGE = String.raw`\d{1,3}\s?(?:(?:second|minute|hour|day|week|month|year|min|hr|yr)s?|mo|[smhdwy])(?:\s+ago)?`;

export const FORUM_PATTERNS: readonly RegExp[] = [
  /^r\/\w{2,21}$/,
  /^posted by u\/[\w-]{2,24}\b.{0,40}$/i,
  new RegExp(String.raw`^u\/(?:[\w-]{2,24}|\[deleted\])(?:\s+OP)?\s*[·•]\s*${AGE}(?:\s*[·•]\s*edited.{0,20})?$`, 'i'),
  /^[▲⬆↑△]\s*[\d.,]*k?(?:\s*[▼⬇↓▽])?(?:\s+(?:reply|share|report|award|save|more))*$/iu,
  /^\d[\d.,]*k?\s+(?:comments?|upvotes?|points?|votes?)$/i,
  /^\d{1,6} points? by [\w-]{2,24} .{0,40}$/i,
  // Not `Context` or `Parent`: alone on a line, those are far more often a document's own heading.
  /^(?:save|reply|award|give award|hide|crosspost|permalink)$/i,
  /^\[(?:removed|deleted)\]$/i,
  /^(?:load|view|show) (?:more|\d+ more) (?:comments|replies)(?:\s*\(\d+\))?$/i,
  /^(?:\d+ )?more repl(?:y|ies)$/i,
  /^continue this thread\b.{0,3}$/i,
  /^(?:related communities|about community|community info|moderators|join community|community rules)$/i,
  // A moderation bot's notice under every thread, about its own comment or action; a person's comment never says so,
  // though a handbook may well say a failover "was performed automatically".
  /^.{0,300}\b(?:(?:this|the) (?:comment|post|message|action|reply) was (?:posted|performed) automatically|i am a bot)\b.{0,200}$/i,
  /^(?:views|comments|likes)\s+[\d.,]+k?$/i,
];
