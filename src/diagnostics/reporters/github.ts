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

/** Where an annotation points; one without a place is shown on the run, not on a file. */
export interface AnnotationPlace {
  file: string;
  line: number;
  column: number;
}

/** One annotation: a diagnostic of `prep check`, or a target `prep build --all` could not build. */
export interface Annotation {
  severity: Severity;
  title: string;
  message: string;
  place?: AnnotationPlace | undefined;
}

/** Where the paths are from: GitHub places an annotation by its path from the repository root (GITHUB_WORKSPACE). */
export interface GithubRoot {
  cwd: string;
  workspace: string | undefined;
}

/** `::error file=…,line=…,col=…,title=…::message`, escaped per the workflow-command rules. */
export function formatAnnotation(a: Annotation, root?: GithubRoot): string {
  const at = a.place;
  const props = [
    ...(at ? [`file=${escapeProperty(fromWorkspace(at.file, root))}`, `line=${at.line}`, `col=${at.column}`] : []),
    `title=${escapeProperty(a.title)}`,
  ].join(',');
  return `::${COMMAND[a.severity]} ${props}::${escapeData(a.message)}`;
}

/** A diagnostic as an annotation on a pull request, titled by its rule id. */
export function formatGithub(d: Diagnostic, root?: GithubRoot): string {
  const { file, line, column, severity, ruleId, message } = d;
  return formatAnnotation({ severity, title: ruleId, message, place: { file, line, column } }, root);
}

export function reportGithub(list: readonly Diagnostic[], root?: GithubRoot): string {
  return sortDiagnostics(list)
    .map((d) => `${formatGithub(d, root)}\n`)
    .join('');
}

/** The file from the repository root when it is inside it; as given otherwise. */
function fromWorkspace(file: string, root: GithubRoot | undefined): string {
  if (!root?.workspace) return file;
  const relative = path.relative(root.workspace, path.resolve(root.cwd, file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
