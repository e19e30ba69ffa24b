import type { VFile } from 'vfile';

export interface Place {
  line: number;
  column?: number;
}

/**
 * Record a fatal message without throwing: vfile's `fail` throws, but a stage
 * must go on with the other documents, so it marks the file and returns.
 */
export function fatal(file: VFile, reason: string, ruleId: string, place: Place = { line: 1 }): void {
  const message = file.message(reason, { place: { line: place.line, column: place.column ?? 1 }, ruleId, source: 'prep' });
  message.fatal = true;
}

/** Whether an earlier stage has already given up on this file. */
export function hasFailed(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}
