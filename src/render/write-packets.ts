import { closeSync, openSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Packet } from '../model/packet.js';
import { outputPath } from '../output/output-path.js';
import { writeAtomic } from '../output/write-atomic.js';
import type { Paper } from '../model/outputs.js';
import { withPdfRenderer, type PdfRenderer } from './pdf/pdf-renderer.js';
import { renderPdf } from './pdf/render-pdf.js';
import { renderPacket, type Format } from './render-packet.js';
import { checkTemplateDir } from './template-files.js';

export interface WriteOptions {
  formats: Format[];
  /** Output directory for `<company>-<role-slug>.<ext>` files (default ./packets). */
  out?: string | undefined;
  /** One output: a file path, or `-` for stdout. */
  output?: string | undefined;
  templateDir?: string | undefined;
  paper?: Paper | undefined;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  /** A renderer shared by many packets (batch builds); one is launched and closed here otherwise. */
  renderer?: Pick<PdfRenderer, 'render'> | undefined;
}

export interface Written {
  format: Format;
  /** Absolute path, or `-` for stdout. */
  path: string;
}

const STDOUT_PATHS: ReadonlySet<string> = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** `-o /dev/tty` on a terminal: a device that is a terminal, not /dev/null or a pipe. */
function isTerminal(file: string): boolean {
  // A path that cannot be looked at or opened (`a-file/x.md`) is no terminal: the write says what is wrong with it.
  let fd: number | undefined;
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isCharacterDevice() !== true) return false;
    fd = openSync(file, 'w');
    return isatty(fd);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function checkTargets(options: WriteOptions): void {
  if (options.output !== undefined && options.formats.length > 1) {
    throw new UsageError(`-o writes one output, but --format asks for ${options.formats.join(',')}`, {
      hint: 'Use --out <dir> for several formats, or pick one format.',
    });
  }
  const toTerminal = options.output === '-' ? options.stdout.isTTY === true : options.output !== undefined && isTerminal(options.output);
  if (options.formats[0] === 'pdf' && toTerminal) {
    throw new UsageError('refusing to write a PDF to the terminal', {
      hint: 'Redirect it (-o - > packet.pdf), or write a file with -o packet.pdf or --out <dir>.',
    });
  }
}

async function renderAll(packet: Packet, options: WriteOptions, templateDir: string | undefined): Promise<Buffer[]> {
  const text = (format: Exclude<Format, 'pdf'>) =>
    renderPacket(packet, { format, templateDir, paper: options.paper }).then((data) => Buffer.from(data));
  const pdf = (renderer: Pick<PdfRenderer, 'render'>) => renderPdf(packet, renderer, { templateDir, paper: options.paper });
  const needsBrowser = options.formats.includes('pdf') && !options.renderer;
  const run = (renderer: Pick<PdfRenderer, 'render'> | undefined) =>
    Promise.all(options.formats.map((format) => (format === 'pdf' ? pdf(renderer!) : text(format))));
  return needsBrowser ? withPdfRenderer(run) : run(options.renderer);
}

/**
 * Renders every requested format in memory first and writes only when all
 * succeeded, each file atomically: a failed or interrupted build leaves no
 * partial file and every existing file as it was.
 */
export async function writePackets(packet: Packet, options: WriteOptions): Promise<Written[]> {
  // `-o /dev/stdout` is stdout: written by path it would be truncated, or renamed over when it is a file (`>> app.log`).
  if (options.output !== undefined && STDOUT_PATHS.has(options.output)) options = { ...options, output: '-' };
  checkTargets(options);
  const templateDir = checkTemplateDir(options.templateDir);
  const outputs = await renderAll(packet, options, templateDir);
  const written: Written[] = [];
  for (const [index, format] of options.formats.entries()) {
    const data = outputs[index]!;
    if (options.output === '-') {
      options.stdout.write(data);
      written.push({ format, path: '-' });
      continue;
    }
    const file = options.output !== undefined ? path.resolve(options.output) : outputPath(options.out, packet.company.id, packet.role.slug, format);
    await writeAtomic(file, data);
    written.push({ format, path: file });
  }
  return written;
}
