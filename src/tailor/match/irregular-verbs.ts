import { formsTable } from './forms-table.js';
/**
 * Past forms of irregular English verbs that résumés use ("wrote", "ran",
 * "spoke"), to their verb: a stemmer only strips endings, so "wrote" never
 * met "write". Forms that are also everyday words of their own (left, found,
 * saw, rose, felt, lay) are left out. Generic data.
 */
const FORMS = `write:wrote,written rewrite:rewrote,rewritten run:ran lead:led build:built rebuild:rebuilt teach:taught
  speak:spoke,spoken drive:drove,driven make:made give:gave,given grow:grew,grown sell:sold buy:bought bring:brought
  think:thought choose:chose,chosen begin:began,begun win:won meet:met hold:held keep:kept send:sent spend:spent
  take:took,taken undertake:undertook,undertaken tell:told understand:understood oversee:oversaw,overseen draw:drew,drawn
  show:shown know:knew,known fly:flew,flown forecast:forecast seek:sought fight:fought troubleshoot:troubleshot`;

export const IRREGULAR_VERBS: ReadonlyMap<string, string> = formsTable(FORMS);
