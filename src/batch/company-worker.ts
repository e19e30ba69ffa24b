// A company worker thread (see company-workers.ts): compiles companies and
// tailors, renders and writes their packets, so a batch uses every CPU. PDFs
// are printed by the main thread's one browser, asked for by message.
import { parentPort, workerData } from 'node:worker_threads';
import type { Compiled } from '../compile.js';
import type { PdfMeta } from '../render/pdf/pdf-renderer.js';
import { finishWrites } from '../output/write-atomic.js';
import { createPipeline, type PipelineSettings } from './default-pipeline.js';
import { fromWire, toWire, type CompanyHandle, type Job, type PrintReply, type Stop, type WorkerMessage } from './worker-protocol.js';

/** What a company worker is started with: the pipeline settings that survive a structured clone. */
export type WorkerSettings = Omit<PipelineSettings, 'stdout' | 'printer' | 'launchPdf'>;

const port = parentPort;
if (!port) throw new Error('company-worker.js runs only as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

const printing = new Map<number, { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }>();
let nextPrint = 0;
const printer = {
  render: (html: string, meta: PdfMeta) =>
    new Promise<Buffer>((resolve, reject) => {
      const id = nextPrint++;
      printing.set(id, { resolve, reject });
      post({ type: 'print', id, html, meta });
    }),
};

const pipeline = createPipeline({ ...(workerData as WorkerSettings), stdout: process.stdout, printer });
// The pool tells a worker that cannot start (a broken install) from one a company crashed.
void pipeline.then(() => post({ type: 'ready' }));
const models = new Map<string, Compiled>();

function modelOf(company: string): Compiled {
  const compiled = models.get(company);
  if (!compiled) throw new Error(`company worker holds no model for ${company}`);
  return compiled;
}

async function run(job: Job): Promise<unknown> {
  const stages = await pipeline;
  switch (job.op) {
    case 'load': {
      const compiled = await stages.load(job.company);
      models.set(job.company, compiled);
      const { id, name, roles } = compiled.company;
      return {
        id,
        name,
        roles: roles.map(({ title, slug, aliases }) => ({ title, slug, aliases })),
        frontMatter: stages.frontMatter(compiled),
      } satisfies CompanyHandle;
    }
    case 'build':
      return stages.build(modelOf(job.company), job.role, job.options);
    case 'release':
      models.delete(job.company);
      return undefined;
  }
}

function settlePrint(reply: PrintReply): void {
  const waiting = printing.get(reply.id);
  printing.delete(reply.id);
  if (reply.type === 'printed') waiting?.resolve(Buffer.from(reply.pdf));
  else waiting?.reject(fromWire(reply.error));
}

port.on('message', (message: Job | PrintReply | Stop) => {
  if ('type' in message) return settlePrint(message);
  // Writes under way finish first; then process.exit, not the main thread's terminate(), so that this thread's exit handlers run.
  if (message.op === 'exit') return void finishWrites().then(() => process.exit(0));
  run(message).then(
    (value) => post({ type: 'done', id: message.id, value }),
    (error: unknown) => post({ type: 'failed', id: message.id, error: toWire(error) }),
  );
});
