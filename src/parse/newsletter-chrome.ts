/**
 * What a mailing-list service prints around every newsletter it sends
 * (Mailchimp's, Substack's, Campaign Monitor's templates), and the buttons
 * an e-mail sets in its text: the company never wrote these words about
 * itself. Generic patterns, each anchored and linear.
 */
/** Lines only a sent newsletter has: a text with one is a mail, its greeting and sign-off a letter's. */
export const NEWSLETTER_MARKS: readonly RegExp[] = [
  /^(?:view|read|open) (?:this (?:e-?mail|newsletter|issue)|it) (?:in|on) (?:your|a|the) (?:web )?browser\.?$/i,
  /^you(?:['’]re| are) receiving this (?:e-?mail|newsletter|message)\b.{0,200}$/i,
];

export const NEWSLETTER_PATTERNS: readonly RegExp[] = [
  ...NEWSLETTER_MARKS,
  /^(?:forward (?:this (?:e-?mail )?)?to a (?:friend|colleague)|(?:was this(?: e-?mail)?|were you) forwarded(?: this)?(?: e-?mail)?(?: to you)?\?.{0,60})$/i,
  /^our mailing address is:?$/i,
  /^want to change how you receive these e-?mails\?$/i,
  /^(?:you can )?(?:update your preferences|unsubscribe)\b.{0,60}$/i,
  // An image as a mail's text version shows it: `[Image: A bike outside the workshop]`.
  /^\[(?:image|photo|picture|img)(?::[^\]\n]{0,200})?\]$/i,
  // A button as a mail's text writes it: a call to action and an arrow (`Shop the Kestle →`, `Read more ›`);
  // a careers page lists its openings with arrows too (`Data Engineer →`), and those are roles.
  /^(?:shop|read|see|view|learn|discover|watch|book|join|explore|find out|get|try|download|register|browse|listen|order|buy|visit|continue|claim|reserve)\b[\p{L}\p{N}'’ -]{0,40} ?[→›»]$/iu,
];
