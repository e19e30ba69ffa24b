import { sortDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command data: `%`, CR and LF are encoded so a message stays one command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command properties additionally encode `:` and `,`, which delimit them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=…::message`: annotations on a pull request. */
export function formatGithub(d: Diagnostic): string {
  const props = [
    `file=${escapeProperty(d.file)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `title=${escapeProperty(d.ruleId)}`,
  ].join(',');
  return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`;
}

export function reportGithub(list: readonly Diagnostic[]): string {
  return sortDiagnostics(list)
    .map((d) => `${formatGithub(d)}\n`)
    .join('');
}
