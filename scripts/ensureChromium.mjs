// Makes sure Debian's Chromium is at /usr/bin/chromium before the browser tests run: installs it
// with apt-get when it is missing (as root, or through sudo), or says plainly what to do instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = '/usr/bin/chromium';

/** Runs a command with inherited output; true when it exits 0. */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (existsSync(chromiumPath)) process.exit(0);

if (!existsSync('/usr/bin/apt-get')) {
  console.error(
    `The browser tests need Chromium at ${chromiumPath}. This machine has no apt-get: install ` +
      `Chromium there (Debian/Ubuntu: apt-get install chromium) and run the tests again.`,
  );
  process.exit(1);
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const prefix = asRoot ? [] : ['sudo'];
console.log(`Installing Debian's chromium (no ${chromiumPath} yet)...`);
const [first, ...rest] = [...prefix, 'apt-get'];
const ok =
  run(first, [...rest, 'update', '-qq']) && run(first, [...rest, 'install', '-y', '-qq', 'chromium']);
if (!ok || !existsSync(chromiumPath)) {
  console.error(`Could not install Chromium with apt-get; install it by hand: apt-get install chromium`);
  process.exit(1);
}
