/**
 * Debian's nginx serving a built site under a path, with the README's nginx recipe as it is written there: the test
 * runs the recipe a reader would copy, with only the site's folder and its Content Security Policies filled in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = '/usr/sbin/nginx';
export const nginxInstalled = (): boolean => existsSync(NGINX);

/** The ```nginx block of README.md: `location` blocks for a site at /breachline/ in /srv/breachline/. */
export function readmeNginxRecipe(readme: string): string {
  const recipe = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!recipe) throw new Error('README.md has no ```nginx block');
  return recipe;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Nginx {
  origin: string;
  close(): Promise<void>;
}

/** Starts nginx in the foreground on 127.0.0.1 with `recipe` in its server block; stops it on close. */
export async function startNginx(recipe: string): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'breachline-nginx-'));
  mkdirSync(join(dir, 'empty'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir}/${kind};`).join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  server {
    listen 127.0.0.1:${port};
    root ${dir}/empty;
${recipe}
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  // nginx writes its pid file once it listens: wait for that file, not for a time.
  const pidFile = join(dir, 'nginx.pid');
  await new Promise<void>((resolve, reject) => {
    const ready = () => {
      if (!existsSync(pidFile)) return;
      watcher.close();
      resolve();
    };
    const watcher = watch(dir, ready);
    ready();
    child.once('exit', () => {
      watcher.close();
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      reject(new Error(`nginx exited: ${log}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
