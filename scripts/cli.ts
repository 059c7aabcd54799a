// What every command-line tool here does with its arguments: parse them, print the usage on
// --help (exit 0) or on a mistake (exit 2, to stderr), never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function cliArgs<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h', default: false } } }).values;
  } catch (e) {
    return fail((e as Error).message, usage);
  }
  if (values['help']) {
    console.log(usage);
    process.exit(0);
  }
  return values as ReturnType<typeof parseArgs<{ options: T }>>['values'];
}

/** A person's mistake on the command line: the message, the usage, exit 2. */
export function fail(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}
