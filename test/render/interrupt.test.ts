import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/render/pdf/pdf-renderer.js', import.meta.url));

// A process that opens a renderer and waits, like a build in the middle of a PDF.
const child = `
const { PdfRenderer } = await import(${JSON.stringify(dist)});
const renderer = await PdfRenderer.launch({ pages: 1 });
console.log(JSON.stringify(renderer.process));
setInterval(() => {}, 1000);
`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!existsSync(dist))('PdfRenderer on Ctrl-C (needs `npm run build`)', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`closes the browser and removes its profile on ${signal}`, async () => {
      const proc = spawn(process.execPath, ['--input-type=module', '-e', child], { stdio: ['ignore', 'pipe', 'inherit'] });
      const started = await new Promise<{ pid: number; profileDir: string }>((resolve) =>
        proc.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()) as { pid: number; profileDir: string })),
      );
      expect(alive(started.pid)).toBe(true);
      const exit = new Promise<number | null>((resolve) => proc.on('exit', resolve));
      proc.kill(signal);
      expect(await exit).toBe(code);
      expect(alive(started.pid)).toBe(false);
      expect(existsSync(started.profileDir)).toBe(false);
    });
  }
});
