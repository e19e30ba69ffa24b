import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, prep, repoRoot } from '../helpers/cli.js';

const env = { SOURCE_DATE_EPOCH: '1767225600' };

// `-o /dev/null` in a CI script: an atomic write renamed a plain file over the device (as root), or failed
// to create its temporary file in /dev (as anyone else). A named pipe is the same kind of target, made in a temp dir.
describe.skipIf(process.platform === 'win32')('prep build -o <a device or pipe>', () => {
  it('writes the packet into the pipe and leaves it a pipe, with no temporary file beside it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-pipe-'));
    const fifo = path.join(dir, 'packet.pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let text = '';
    reader.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const closed = new Promise((resolve) => reader.on('close', resolve));

    const r = await prep(['--profiles', path.join(repoRoot, 'profiles'), '-q', 'build', 'netflix', '--role', 'mle', '-o', fifo], { cwd: dir, env });
    const stillPipe = lstatSync(fifo).isFIFO();
    // Replaced by a file, the pipe never gets a writer: cat would wait for one forever.
    if (!stillPipe) reader.kill();
    await closed;

    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(stillPipe).toBe(true);
    expect(text).toMatch(/^# Netflix: Machine Learning Engineer\n/);
    expect(readdirSync(dir)).toEqual(['packet.pipe']);
  });
});

describe.skipIf(process.platform === 'win32')('prep build -o /dev/stdout appended to a log', () => {
  it('appends the packet after what the log holds, as stdout would, and leaves no temporary file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-log-'));
    const log = path.join(dir, 'app.log');
    const command = `printf 'first line\\n' > '${log}' && '${process.execPath}' '${bin}' --profiles '${path.join(repoRoot, 'profiles')}' -q build netflix --role mle -o /dev/stdout >> '${log}'`;
    execFileSync('sh', ['-c', command], { env: { ...process.env, ...env } });
    expect(readFileSync(log, 'utf8')).toMatch(/^first line\n# Netflix: Machine Learning Engineer\n/);
    expect(readdirSync(dir)).toEqual(['app.log']);
  });
});

// `script` (util-linux, in every Debian) runs the command on a pseudo-terminal, as a user's shell would.
describe.skipIf(process.platform === 'win32')('prep build --format pdf -o /dev/stdout on a terminal', () => {
  const onTerminal = (args: string[]) => {
    const command = [process.execPath, bin, '--no-color', '--profiles', path.join(repoRoot, 'profiles'), ...args].map((a) => `'${a}'`).join(' ');
    return execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env } });
  };

  it('refuses the PDF as it refuses -o -, and still writes markdown there', () => {
    const pdf = (() => {
      try {
        return { code: 0, out: onTerminal(['build', 'netflix', '--role', 'mle', '--format', 'pdf', '-o', '/dev/stdout']) };
      } catch (error) {
        return { code: (error as { status: number }).status, out: String((error as { stdout: string }).stdout) };
      }
    })();
    expect(pdf.code).toBe(2);
    expect(pdf.out).toMatch(/^prep: refusing to write a PDF to the terminal\. Redirect it/);
    expect(pdf.out).not.toContain('%PDF');
    expect(onTerminal(['-q', 'build', 'netflix', '--role', 'mle', '--format', 'md', '-o', '/dev/stdout'])).toMatch(/^# Netflix: Machine Learning Engineer\r?\n/);
  });
});
