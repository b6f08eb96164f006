// Before the slow tests: Debian's nginx serves the sub-path build in test/slow/deploy-anywhere.test.ts. Install it
// where we can (root with apt-get); elsewhere that test serves the build with its own server and says so.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (!existsSync('/usr/sbin/nginx') && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian nginx-light for the deploy test…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light', { stdio: 'inherit' });
}
