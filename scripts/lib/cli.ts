// What every command-line tool here does with its arguments: parse them, print the usage on
// --help (exit 0) or on a mistake (exit 2, to stderr), never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { debugRequested, settingsOr, type Settings } from '#content/settings.ts';
import { CLI } from '#domain/strings.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed options, plus `_`: the positional arguments (only accepted when `positionals` is set). */
export function cliArgs<T extends Options>(options: T, usage: string, opts: { positionals?: boolean } = {}) {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: opts.positionals ?? false,
    });
  } catch (e) {
    return fail((e as Error).message, usage);
  }
  if (parsed.values['help']) {
    console.log(usage);
    process.exit(0);
  }
  cliSettings(); // a mistyped PPID_* setting is named before the command does anything
  return { ...(parsed.values as ReturnType<typeof parseArgs<{ options: T }>>['values']), _: parsed.positionals };
}

// A failure no check foresaw still reaches a person as one line, not a stack trace; the
// trace is there for whoever debugs it (PPID_DEBUG=1).
function unexpected(e: unknown): never {
  if (debugRequested()) console.error(e);
  else console.error(CLI.unexpected(String((e as Error)?.message ?? e).split('\n')[0]!));
  process.exit(2);
}
process.on('uncaughtException', unexpected);
process.on('unhandledRejection', unexpected);

/** A person's mistake on the command line: the message, the usage, exit 2. */
export function fail(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** The PPID_* settings; a bad one is a person's mistake too: its message, exit 2. */
export function cliSettings(): Settings {
  return settingsOr((message) => {
    console.error(message);
    process.exit(2);
  });
}
