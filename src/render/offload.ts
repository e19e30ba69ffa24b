import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { markdownToHtml } from './markdown-to-html.js';
import { normalizeMarkdown } from './normalize-markdown.js';
import type { Reply, Request } from './render-worker.js';

type Task = Request['task'];
interface Pending {
  resolve: (text: string) => void;
  reject: (error: Error) => void;
}
interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

// Only the built worker can run in a thread; from the sources (tests) the work stays in-thread.
const SCRIPT = new URL('./render-worker.js', import.meta.url);
let slots: Slot[] = [];
let nextId = 0;

function failAll(slot: Slot, error: Error): void {
  for (const job of slot.pending.values()) job.reject(error);
  slot.pending.clear();
  slots = slots.filter((s) => s !== slot);
}

function spawn(): Slot {
  const slot: Slot = { worker: new Worker(SCRIPT), pending: new Map() };
  slot.worker.unref();
  slot.worker.on('message', (reply: Reply) => {
    const job = slot.pending.get(reply.id);
    slot.pending.delete(reply.id);
    // An idle worker must not keep the process alive; a busy one must.
    if (slot.pending.size === 0) slot.worker.unref();
    if ('error' in reply) job?.reject(new Error(reply.error));
    else job?.resolve(reply.text);
  });
  slot.worker.on('error', (error) => failAll(slot, error));
  slot.worker.on('exit', () => failAll(slot, new Error('render worker stopped')));
  return slot;
}

/**
 * Starts `size` worker threads for the remark work (parse and stringify is
 * most of a markdown packet's time), so a batch uses every CPU. Without them
 * the same functions run in-thread: the output is the same either way.
 */
export function startRenderWorkers(size: number): void {
  if (slots.length > 0 || size < 1 || !existsSync(fileURLToPath(SCRIPT))) return;
  slots = Array.from({ length: size }, spawn);
}

export async function stopRenderWorkers(): Promise<void> {
  const stopping = slots;
  slots = [];
  await Promise.all(stopping.map((slot) => slot.worker.terminate()));
}

function inThread(task: Task, text: string): Promise<string> {
  return task === 'markdown' ? normalizeMarkdown(text) : markdownToHtml(text);
}

/** Runs a remark task on the least busy worker, or in-thread when none are started. */
export function offload(task: Task, text: string): Promise<string> {
  const slot = slots.reduce<Slot | undefined>((best, s) => (best && best.pending.size <= s.pending.size ? best : s), undefined);
  if (!slot) return inThread(task, text);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    slot.pending.set(id, { resolve, reject });
    slot.worker.ref();
    slot.worker.postMessage({ id, task, text } satisfies Request);
  });
}
