#!/usr/bin/env node
// Runs a command with Node.js >= 22.12 (what Astro 7 needs), without asking the reader to
// install anything. When the running Node is new enough it just runs the command. When it is
// older, it fetches Node 24 once from the npm registry into ~/.cache/node24 (the registry's
// per-platform `node-<os>-<arch>` package carries the official binary) and puts it first on PATH.
// Written for old Node on purpose: no syntax or API newer than Node 14.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, delimiter } from 'node:path';

const MIN = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
const newEnough = major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);

const command = process.argv.slice(2).join(' ');
if (!command) {
  console.error('usage: node scripts/node.mjs <command>');
  process.exit(2);
}

const env = { ...process.env };
if (!newEnough) {
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  const pkg = platform && `node-${platform}-${process.arch}`;
  if (!pkg) {
    console.error(
      `This project needs Node.js >= ${MIN.join('.')} (found ${process.versions.node}). Install Node 24 from https://nodejs.org and run the command again.`,
    );
    process.exit(1);
  }
  const prefix = join(process.env.NODE24_CACHE || join(homedir(), '.cache', 'node24'));
  const binDir =
    process.platform === 'win32' ? join(prefix, 'node_modules', pkg, 'bin') : join(prefix, 'node_modules', pkg, 'bin');
  if (!existsSync(join(binDir, process.platform === 'win32' ? 'node.exe' : 'node'))) {
    console.error(
      `Node ${process.versions.node} is too old for Astro 7; fetching Node 24 (${pkg}) from the npm registry into ${prefix} (once).`,
    );
    const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@24`], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (r.status !== 0) {
      console.error(
        `Could not fetch Node 24. Install Node.js >= ${MIN.join('.')} yourself (https://nodejs.org) and run the command again.`,
      );
      process.exit(1);
    }
  }
  env.PATH = binDir + delimiter + (env.PATH || '');
}

const result = spawnSync(command, { stdio: 'inherit', shell: true, env });
process.exit(result.status === null ? 1 : result.status);
