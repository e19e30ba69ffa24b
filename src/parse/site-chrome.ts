import { ROLE_NOUNS } from '../roles/role-nouns.js';

/**
 * What blogging platforms, professional networks, company databases and
 * review sites print around the text a reader copies: reading times,
 * listen and clap buttons, premium and trial prompts, a review's outcome
 * line, a job view's hiring-team card. Site furniture, never the company's
 * words; generic patterns, each anchored and linear.
 */
export const SITE_PATTERNS: readonly RegExp[] = [
  // A blog post's byline furniture.
  // Not a bare `Listen`: a one-word line may be a value or a product.
  /^(?:open in app|text to speech|published in|writer for|\d{1,3} min read|member-only story)$/i,
  // Followed by a name (`Written by Morven Baird`, `More from Jo Bloggs and Acme Engineering`), not a sentence.
  /^(?:[Ww]ritten by|[Mm]ore from|[Rr]ecommended from) \p{Lu}[\p{L}'’.-]*(?: (?:and )?\p{Lu}[\p{L}'’.-]*){0,5}$/u,
  /^(?:photo|image|illustration|picture)(?: by| credit:?|:)\s\S.{0,80}$/i,
  // `…show more` as a job view truncates its description.
  /^(?:…|\.\.\.)\s?(?:see|show) (?:more|less)$/i,
  // Sign-up, trial and premium prompts.
  /^(?:start (?:a |your )?free trial|try premium\b.{0,40}|unlock (?:even )?more\b.{0,40}|get the \S+(?: \S+)? app|(?:download|install) the app|chrome extension|connect to crm)$/i,
  // Not `Search <Name>`: `Search Infrastructure` is a team.
  /^(?:search|explore) (?:more )?(?:profiles|companies|people|jobs)$/i,
  // A job view's prompts: applicant counts, alerts, the poster's card.
  /^(?:easy apply|set (?:job )?alert(?: for similar jobs)?|job poster|meet the hiring team|promoted by hirer\b.{0,60}|looking for talent\?|post a (?:free )?job|i[’']m interested|company photos|see how you compare\b.{0,100})$/i,
  /^(?:over )?[\d,]+\+? (?:applicants|clicked apply)$/i,
  /^\d[\d,]* (?:employees )?on linkedin$/i,
  /^(?:1st|2nd|3rd)(?: degree connection)?$/i,
  // A job view's save button names the job (a role noun: not `Save Time at Checkout`) and the company: `Save Data Analyst at Acme`.
  new RegExp(String.raw`^[Ss]ave \p{Lu}[^.!?]{0,60}?\b(?:${ROLE_NOUNS.map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join('|')})s?\b[^.!?]{0,30} at \p{Lu}[^.!?]{0,60}$`, 'u'),
  /^(?:more jobs(?: like this)?|interested in working with us(?: in the future)?\?|privately share your profile with\b.{0,200})$/i,
  // A review site's statistics over its reviews: how interviews went, how candidates got them, how hard they were.
  /^(?:interview (?:experience|difficulty)|getting an interview)$/i,
  /^\d{1,3}(?:\.\d)?% (?:positive|neutral|negative)$/i,
  // Not `Other` or `In person`: `Other 12%` is as likely a revenue mix's last row.
  /^(?:applied online|recruiter|employee referral|campus recruiting|staffing agency) \d{1,3}(?:\.\d)?%$/i,
  /^\d(?:\.\d)? (?:easy|average|difficult|hard)$/i,
  // A review's outcome and rating lines, and its reader prompts.
  /^(?:no|accepted|declined) offer$/i,
  /^(?:positive|neutral|negative) experience$/i,
  /^(?:very )?(?:easy|average|difficult|hard) interview$/i,
  /^(?:continue reading|share your experience|add an? (?:interview|review|salary|question))$/i,
  // `Updated 12 Jan 2025`, `Last edited 3 Feb by me`: when a page or a shared document was saved, not a fact of the company.
  /^(?:last )?(?:updated|edited|modified)(?: on)?:? \d{1,2} \p{L}{3,9}\.?(?: \d{4})?(?: by .{1,30})?$/iu,
  /^(?:last )?(?:updated|edited|modified)(?: on)?:? \p{L}{3,9}\.? \d{1,2}(?:, \d{4})?(?: by .{1,30})?$/iu,
  // A printed edition's filler page.
  /^(?:this page (?:is |has been )?)?(?:intentionally|deliberately) left blank\b.{0,60}$/i,
  // A site's copyright line, its owner named first: `Crunchbase © 2025. All Rights Reserved.`
  /^\S.{0,60} ©\s?\d{4}\b.{0,60}$/,
];

/** Links of a professional network's or company database's header, footer and tabs, one to a line. */
export const SITE_LINKS: readonly string[] = [
  'my network', 'messaging', 'notifications', 'me', 'for business', 'help center', 'privacy & terms', 'ad choices',
  'advertising', 'business services', 'financials', 'signals & news', 'similar companies', 'write',
];
