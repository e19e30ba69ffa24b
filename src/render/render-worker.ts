// Runs in a worker thread (see offload.ts): remark work for the batch, off the main thread.
import { parentPort } from 'node:worker_threads';
import { markdownToHtml } from './markdown-to-html.js';
import { normalizeMarkdown } from './normalize-markdown.js';

export interface Request {
  id: number;
  task: 'markdown' | 'html';
  text: string;
}
export type Reply = { id: number; text: string } | { id: number; error: string };

parentPort?.on('message', (request: Request) => {
  const work = request.task === 'markdown' ? normalizeMarkdown(request.text) : markdownToHtml(request.text);
  work.then(
    (text) => parentPort?.postMessage({ id: request.id, text } satisfies Reply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
  );
});
