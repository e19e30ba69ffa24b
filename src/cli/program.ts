import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { PAPERS, type Paper } from '../model/outputs.js';
import type { GlobalOptions } from './context.js';

/**
 * Every command and flag, declared in one place. Actions import their
 * implementation lazily so that `prep --help` loads none of unified,
 * gray-matter, handlebars or puppeteer.
 */
export type Invoke = (command: string, args: unknown[], globals: GlobalOptions) => Promise<number>;
type Action = (name: string) => (...args: unknown[]) => Promise<void>;

function paperSize(value: string): Paper {
  const size = PAPERS.find((paper) => paper === value.toLowerCase());
  if (size) return size;
  throw new InvalidArgumentError(`Allowed sizes are ${PAPERS.join(' and ')}.`);
}

/** An empty path (`--candidate "$UNSET"` in a script) would be ignored or mean the working directory: refuse it. */
function nonEmptyPath(value: string): string {
  if (value !== '') return value;
  throw new InvalidArgumentError('Expected a path, not an empty string.');
}

export function buildProgram(version: string, invoke: Invoke, setExit: (code: number) => void): Command {
  const program = declareGlobals(version);
  const action: Action = (name) => async (...args) => {
    const command = args[args.length - 1] as Command;
    const given = command.optsWithGlobals() as Partial<GlobalOptions>;
    // No `(default: false)` in the help for the switches, so absent means off here.
    const globals = { ...given, quiet: given.quiet === true, debug: given.debug === true } as GlobalOptions;
    setExit(await invoke(name, args.slice(0, -1), globals));
  };
  declareIngestCommands(program, action);
  declareBuild(program, action);
  // `prep --help` lists commands, not their flags: a wrong flag of build is answered by build's help.
  for (const command of program.commands) command.configureOutput({ outputError: writeError(`prep ${command.name()} --help`) });
  return program;
}

const writeError =
  (help: string) =>
  (text: string, write: (line: string) => void): void =>
    write(`prep: ${text.replace(/^error: /, '').trim()} (see ${help})\n`);

function declareGlobals(version: string): Command {
  return new Command('prep')
    .description('Compile folders of company documents into tailored interview-prep packets.')
    .version(version, '-V, --version')
    .addOption(
      new Option('--profiles <dir>', 'profiles directory').env('PREP_PROFILES').default('./profiles'),
    )
    .option('--no-color', 'disable colour (also NO_COLOR; FORCE_COLOR=1 turns it on off a terminal)')
    .option('-q, --quiet', 'no progress or notes on stderr, only errors')
    .option('--debug', 'print stack traces for errors')
    .showSuggestionAfterError(true)
    // A command's help lists the global options it takes too (before or after the command).
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', '\nExit codes: 0 ok, 1 content errors (a document, an output, a failed target; warnings with check --strict),\n2 usage errors (a flag, company, role or config file). README.md has the details.')
    // Set before any .command() so that every subcommand inherits them.
    .exitOverride()
    .configureOutput({ outputError: writeError('prep --help') });
}

function declareIngestCommands(program: Command, action: Action): void {
  program
    .command('show')
    .description('print the compiled company model')
    .argument('<company>', 'company id (a folder under --profiles)')
    .option('--json', 'print the model as JSON')
    .action(action('show'));

  program
    .command('check')
    .description('report diagnostics: placeholders, unmapped content, conflicts')
    .argument('[company]', 'company id; all companies when omitted')
    .addOption(new Option('--reporter <name>', 'output format: pretty for people, json or github for tools').choices(['pretty', 'json', 'github']).default('pretty'))
    .option('--strict', 'warnings fail too (exit 1)')
    .addHelpText('after', '\nExit 1 on errors (warnings too with --strict), else 0. json and github print only the diagnostics on stdout;\nthe counts go to stderr.')
    .action(action('check'));

  program
    .command('list')
    .description('list companies and their roles')
    .option('--json', 'print as JSON')
    .action(action('list'));

  program
    .command('schema')
    .description('print a JSON Schema: company, packet or config')
    .addArgument(new Argument('<name>', 'which schema').choices(['company', 'packet', 'config']))
    .action(action('schema'));
}

const BUILD_EXAMPLES = `
Examples:
  prep build netflix --role mle                        packets/netflix-machine-learning-engineer.md
  prep build netflix --role mle --format md,pdf --out public
  prep build netflix --role mle -o - | less            markdown on stdout
  prep build --all --out public                        every company × role, incremental
  prep build --all --role mle --shard 2/4              that role wherever a company has it, one CI shard of four

Options come from the defaults < prep.config.yaml (or .yml, .json) in the working directory < the documents'
front matter < these flags; \`prep schema config\` prints the config file's schema.`;

function declareBuild(program: Command, action: Action): void {
  program
    .command('build')
    .description('build interview-prep packets')
    .argument('[company]', 'company id')
    .option('-r, --role <role>', 'role title, slug, abbreviation or alias (may be left out when the company has one role)')
    .option('-c, --candidate <file>', 'candidate profile (markdown or JSON Resume)', nonEmptyPath)
    .option('-f, --format <list>', 'md, html, pdf, json, or a comma list (default md)')
    // --json is itself a format: with --format it would win silently. With -o FILE it writes the JSON there.
    .addOption(new Option('--json', 'same as --format json -o - (with -o FILE, the JSON goes to FILE)').conflicts(['format']))
    .option('-o, --output <file>', 'write one output to this file; - for stdout', nonEmptyPath)
    .option('--out <dir>', 'output directory (default ./packets)', nonEmptyPath)
    .option('-t, --template <dir>', 'directory of template overrides', nonEmptyPath)
    .addOption(
      new Option('--paper <size>', 'paper size for HTML/PDF: a4 or letter (default a4)')
        // "A4" and "Letter" are how people write them.
        .argParser(paperSize),
    )
    .option('--all', 'build every company × role')
    .option('--shard <i/n>', 'build only shard i of n of the targets')
    .option('--force', 'rebuild even when up to date')
    .addHelpText('after', BUILD_EXAMPLES)
    .action(action('build'));
}
