// Command-line options for the scripts, through node:util's parseArgs: unknown options fail
// with a message instead of being ignored.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The parsed `--name value` options of this process (npm passes them after `--`). */
export function options<T extends ParseArgsOptionsConfig>(config: T) {
  try {
    return parseArgs({ args: process.argv.slice(2), options: config, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(
      `${(error as Error).message}\nOptions: ${Object.keys(config)
        .map((k) => `--${k}`)
        .join(' ')}`,
    );
    process.exit(2);
  }
}
