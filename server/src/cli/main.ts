// The `referat` command line. Each subcommand is a function from arguments to an exit code;
// this file only dispatches and turns input errors into one line on stderr and exit 2.

import { basename } from 'node:path';
import { parseReferat } from '../parser';
import { Messages } from '../l10n';
import { outlineJson } from './outlineJson';
import { outlineText } from './outlineText';
import { InputError, readDocument } from './readInput';
import { UsageError } from './usage';
import { check } from './check';
import { envLocale } from './locale';

const HELP = `referat: read Danish municipal meeting minutes (referater)

Usage:
  referat outline [--json] FILE   the agenda items, case numbers, sections and outcomes
  referat check [options] FILE... diagnostics: file:line:col: severity: message [code]
      --json | --format text|json|sarif   output (SARIF 2.1.0 for code-scanning tools)
      --strict                            exit 1 on warnings too
      --lang da|en                        language of the messages
      --rule CODE=off|error|warning|information|hint   change a rule (repeatable)
  referat text FILE               the plain text the other commands read (PDF pages
                                  separated by form feeds)
  referat --help                  this text

FILE is a regular file of at most 100 MB, or - for standard input: a text file in UTF-8 (a
byte that is not UTF-8 is shown as U+FFFD, with a warning), UTF-16 with a byte order mark, or
Windows-1252; a PDF (its text layer; a scanned PDF needs OCR first) or a saved web page
(.html), told apart by content, then by name.

Exit codes: 0 done, 1 check found errors (or warnings with --strict), 2 unreadable input or bad usage.
`;

type Command = (args: string[]) => number | Promise<number>;

const commands: Record<string, Command> = {
  async outline(args) {
    const json = args.includes('--json');
    const files = args.filter((a) => !a.startsWith('--'));
    if (files.length !== 1) throw new UsageError('outline takes one FILE');
    const doc = parseReferat(await readDocument(files[0], new Messages(envLocale())));
    process.stdout.write(json ? JSON.stringify(outlineJson(doc, basename(files[0])), null, 2) + '\n' : outlineText(doc));
    return 0;
  },
  async text(args) {
    if (args.length !== 1 || args[0].startsWith('--')) throw new UsageError('text takes one FILE');
    process.stdout.write(await readDocument(args[0], new Messages(envLocale())));
    return 0;
  },
  check,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await command(rest);
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      process.stderr.write(`referat: ${e.message}${e instanceof UsageError ? ' (see referat --help)' : ''}\n`);
      return 2;
    }
    throw e;
  }
}

export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
