import { appendFile } from 'node:fs/promises';
import type { BatchSummary, TargetStatus } from './run-batch.js';
import { formatMs } from './progress.js';
import { shownPath } from '../output/shown-path.js';

export interface StepSummaryOptions {
  title?: string;
  warn?: (message: string) => void;
  /** Outputs are shown relative to it, as the log shows them. */
  cwd?: string;
}

/**
 * Appends a markdown table of the results to $GITHUB_STEP_SUMMARY, when set.
 * The packets are built by then: a summary that cannot be written is a
 * warning, never a reason to fail the build.
 */
export async function appendStepSummary(env: NodeJS.ProcessEnv, summary: BatchSummary, options: StepSummaryOptions = {}): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  try {
    await appendFile(file, formatStepSummary(summary, options.title ?? 'prep build', options.cwd));
    return true;
  } catch (error) {
    options.warn?.(`cannot append to GITHUB_STEP_SUMMARY (${file}): ${(error as Error).message}`);
    return false;
  }
}

const STATUS: Record<TargetStatus, string> = { built: '✅ built', 'up-to-date': '⏺ up to date', failed: '❌ failed', skipped: '⏭ skipped' };

function formatStepSummary(summary: BatchSummary, title: string, cwd: string | undefined): string {
  const rows = summary.results.map((r) => {
    const detail = r.status === 'failed' || r.status === 'skipped' ? (r.reason ?? '') : r.outputs.map((o) => `\`${shownPath(o, cwd)}\``).join(', ');
    return `| ${cell(r.key)} | ${STATUS[r.status]} | ${cell(detail)} |`;
  });
  return [
    `### ${title}`,
    '',
    `Built ${summary.built}, up to date ${summary.upToDate}, failed ${summary.failed}, skipped ${summary.skipped} in ${formatMs(summary.ms)}.`,
    '',
    '| Target | Status | Outputs or reason |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '',
  ].join('\n');
}

/** A table cell: pipes escaped, newlines flattened, so a reason cannot break the table. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
