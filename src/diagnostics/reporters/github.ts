import path from 'node:path';
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

/** Where the paths are from: GitHub places an annotation by its path from the repository root (GITHUB_WORKSPACE). */
export interface GithubRoot {
  cwd: string;
  workspace: string | undefined;
}

export function reportGithub(list: readonly Diagnostic[], root?: GithubRoot): string {
  return sortDiagnostics(list)
    .map((d) => `${formatGithub({ ...d, file: fromWorkspace(d.file, root) })}\n`)
    .join('');
}

/** The file from the repository root when it is inside it; as given otherwise. */
function fromWorkspace(file: string, root: GithubRoot | undefined): string {
  if (!root?.workspace) return file;
  const relative = path.relative(root.workspace, path.resolve(root.cwd, file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
