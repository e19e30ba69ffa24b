import { appendFile } from 'node:fs/promises';
import type { BatchSummary, TargetResult, TargetStatus } from './run-batch.js';
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

/** GitHub shows no summary at all past 1 MiB a step; rows stop well before, failures first. */
const ROW_BUDGET = 900 * 1024;
const REASON_MAX = 500;

function formatStepSummary(summary: BatchSummary, title: string, cwd: string | undefined): string {
  const ordered = [...summary.results].sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'));
  const rows: string[] = [];
  let bytes = 0;
  for (const r of ordered) {
    const row = formatRow(r, cwd);
    bytes += Buffer.byteLength(row) + 1;
    if (bytes > ROW_BUDGET) break;
    rows.push(row);
  }
  const more = ordered.length - rows.length;
  return [
    `### ${title}`,
    '',
    `Built ${summary.built}, up to date ${summary.upToDate}, failed ${summary.failed}, skipped ${summary.skipped} in ${formatMs(summary.ms)}.`,
    '',
    '| Target | Status | Outputs or reason |',
    '| --- | --- | --- |',
    ...rows,
    ...(more > 0 ? ['', `…and ${more} more targets, left out to keep this summary under GitHub's size limit; the job's log lists every one.`] : []),
    '',
    '',
  ].join('\n');
}

function formatRow(r: TargetResult, cwd: string | undefined): string {
  const reason = r.reason ?? '';
  const detail =
    r.status === 'failed' || r.status === 'skipped'
      ? reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX - 1)}…` : reason
      : r.outputs.map((o) => `\`${shownPath(o, cwd)}\``).join(', ');
  return `| ${cell(r.key)} | ${STATUS[r.status]} | ${cell(detail)} |`;
}

/** A table cell: pipes escaped, newlines flattened, so a reason cannot break the table. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
