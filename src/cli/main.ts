import { CommanderError } from 'commander';
import { buildProgram, type Invoke } from './program.js';
import { reportError } from './fail.js';
import { makeContext } from './context.js';
import { colorLevel } from './color.js';
import { prepVersion } from '../version.js';
import { ContentError } from '../errors.js';

// Commander hands each action its declared arguments and options, in order.
type CommandModule = { run: (ctx: ReturnType<typeof makeContext>, ...args: any[]) => Promise<number> };

// Each command lives in its own module and is imported only when used.
const commands: Record<string, () => Promise<CommandModule>> = {
  show: () => import('./commands/show.js'),
  check: () => import('./commands/check.js'),
  list: () => import('./commands/list.js'),
  schema: () => import('./commands/schema.js'),
  build: () => import('./commands/build.js'),
};

function wantsColor(argv: readonly string[]): boolean {
  return !argv.includes('--no-color');
}

/** Runs the CLI and resolves to the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  handleStdoutErrors(argv);
  const version = prepVersion();
  let exitCode = 0;
  let debug = argv.includes('--debug');
  const invoke: Invoke = async (name, args, globals) => {
    debug = globals.debug;
    const load = commands[name];
    if (!load) throw new Error(`no implementation for command ${name}`);
    const module = await load();
    return module.run(makeContext(globals), ...args);
  };
  const program = buildProgram(version, invoke, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error);
    return reportError(error, { debug, color: colorLevel({ color: wantsColor(argv), stream: 'stderr' }) > 0 });
  }
}

/**
 * --help and --version exit 0 (commander gives them exit code 0); every other
 * commander complaint, `prep` with no command included, is a usage error.
 */
function commanderExit(error: CommanderError): number {
  return error.exitCode === 0 ? 0 : 2;
}

/**
 * `prep check x | head` closes stdout early; that is the reader's choice, not
 * an error worth a stack trace, so stop writing and keep the exit code. Any
 * other failure to write stdout (a full disk) is one line, like every error.
 */
function handleStdoutErrors(argv: readonly string[]): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    const failure = new ContentError(`cannot write to standard output: ${error.code ?? error.message}`, {
      hint: 'Check where it goes (a full disk?), or write files with -o or --out.',
      cause: error,
    });
    const color = colorLevel({ color: wantsColor(argv), stream: 'stderr' }) > 0;
    process.exit(reportError(failure, { debug: argv.includes('--debug'), color }));
  });
}
